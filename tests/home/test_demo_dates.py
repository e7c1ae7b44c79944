"""The demo's documents carry their own dates (the seed's), and the bulletin's issues the first
day of their month, with numbers that follow the months."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from bulletin.models import BulletinIssuePage

pytestmark = pytest.mark.django_db


def _local_date(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment, ZoneInfo(settings.TIME_ZONE)).date()


@pytest.mark.parametrize(
    "slug, day",
    [
        ("strategjia-per-informim-dhe-komunikim-2019-2022", datetime.date(2019, 3, 29)),
        ("vendimi-nr-534-2", datetime.date(2019, 3, 29)),
        ("konfirmimi-i-ligjshmerise", datetime.date(2019, 4, 17)),
    ],
)
def test_each_act_carries_its_own_date_in_every_language(slug, day):
    source = Page.objects.get(locale__language_code="sq", slug=slug)
    pages = Page.objects.filter(translation_key=source.translation_key)
    assert pages.count() == 3
    for page in pages:
        assert _local_date(page.first_published_at) == day, page.locale
        assert _local_date(page.last_published_at) == day, page.locale
        assert _local_date(page.latest_revision_created_at) == day


def test_the_api_gives_the_acts_date(client):
    source = Page.objects.get(locale__language_code="sr-latn", slug="odluka-br-534-2")
    data = client.get(f"/api/v3/pages/{source.pk}/").json()
    assert data["meta"]["first_published_at"].startswith("2019-03-29")


def test_bulletin_issues_are_dated_the_first_day_of_their_month_and_numbered_in_order():
    issues = BulletinIssuePage.objects.filter(locale__language_code="sq").order_by("number")
    assert [(i.year, i.month, i.number) for i in issues] == [
        (2019, 4, 1),
        (2019, 5, 2),
        (2019, 6, 3),
        (2019, 7, 4),
    ]
    for issue in BulletinIssuePage.objects.all():
        assert _local_date(issue.first_published_at) == datetime.date(issue.year, issue.month, 1)


def test_a_page_without_a_date_of_its_own_is_not_given_one():
    about = Page.objects.get(locale__language_code="sq", slug="rreth-komunes")
    assert about.first_published_at.date() > datetime.date(2019, 4, 17)
