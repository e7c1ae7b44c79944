"""The calendar in the admin: editors confirm or correct the date of an estimated feast."""

import datetime

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from home import holidays
from home.calendar_days import HolidayCorrection, MarkedDay
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/holidays/"


def _user(groups, language="en"):
    user = UserFactory(groups=groups)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def editor():
    return _user(["Editors"])


def _estimate(key="Eid al-Adha"):
    year = timezone.localdate().year + 1
    [feast] = [day for day in holidays.estimated_holidays(year) if day.key == key]
    return year, feast


def _post(client, year, feast, date):
    prefix = "feast"
    return client.post(
        URL,
        {
            "prefix": prefix,
            f"{prefix}-key": feast.key,
            f"{prefix}-year": year,
            f"{prefix}-estimate": feast.date.isoformat(),
            f"{prefix}-date": date,
        },
    )


def test_the_editor_sees_this_and_next_years_holidays_with_the_estimated_flagged(client, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    this_year = timezone.localdate().year
    assert f">{this_year}<" in html and f">{this_year + 1}<" in html
    assert "Estimated" in html and "Confirm" in html
    assert "Calendar" in client.get("/admin/").content.decode()


def test_the_editor_confirms_a_date_and_it_counts_everywhere(client, editor):
    client.force_login(editor)
    year, feast = _estimate()
    announced = feast.date + datetime.timedelta(days=1)
    response = _post(client, year, feast, announced.isoformat())
    assert response.status_code == 302
    correction = HolidayCorrection.objects.get(key=feast.key, year=year)
    assert (correction.date, correction.estimated_date) == (announced, feast.date)
    assert correction.confirmed_by == editor
    [day] = [d for d in holidays.official_holidays(year) if d.key == feast.key]
    assert day.date == announced and not day.estimated
    # Confirming again (a second correction) changes the same record.
    _post(client, year, feast, feast.date.isoformat())
    assert HolidayCorrection.objects.get(key=feast.key, year=year).date == feast.date
    assert "Confirmed" in client.get(URL).content.decode()


def test_confirming_after_the_librarys_estimate_moved_changes_the_same_record(client, editor):
    client.force_login(editor)
    year, feast = _estimate()
    HolidayCorrection.objects.create(
        key=feast.key,
        year=year,
        estimated_date=feast.date - datetime.timedelta(days=10),
        date=feast.date,
    )
    _post(client, year, feast, (feast.date + datetime.timedelta(days=1)).isoformat())
    [correction] = HolidayCorrection.objects.filter(key=feast.key, year=year)
    assert correction.estimated_date == feast.date
    assert correction.date == feast.date + datetime.timedelta(days=1)


def test_anonymous_and_users_without_the_permission_cannot(client):
    year, feast = _estimate()
    response = _post(client, year, feast, feast.date.isoformat())
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(_user(["Translators"]))
    assert client.get(URL).status_code in (302, 403)
    _post(client, year, feast, feast.date.isoformat())
    assert not HolidayCorrection.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [("sr-latn", "Unesite ispravan datum."), ("sq", "Shkruani një datë të vlefshme.")],
)
def test_a_bad_date_gets_a_translated_error(client, settings, language, message):
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = settings.LANGUAGES
    client.force_login(_user(["Editors"], language))
    year, feast = _estimate()
    response = _post(client, year, feast, "2027-13-45")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HolidayCorrection.objects.exists()


def test_a_date_far_from_the_estimate_is_refused(client, editor):
    client.force_login(editor)
    year, feast = _estimate()
    response = _post(client, year, feast, (feast.date + datetime.timedelta(days=30)).isoformat())
    assert response.status_code == 400
    assert "within a week of the estimate" in response.content.decode()
    assert not HolidayCorrection.objects.exists()


def test_a_holiday_that_is_not_estimated_cannot_be_corrected(client, editor):
    client.force_login(editor)
    year = timezone.localdate().year + 1
    christmas = holidays.Day(
        date=datetime.date(year, 12, 25), name="", key="Catholic Christmas Day"
    )
    response = _post(client, year, christmas, f"{year}-12-24")
    assert response.status_code == 400
    assert not HolidayCorrection.objects.exists()


def test_editors_keep_the_marked_days_snippet(client, editor):
    client.force_login(editor)
    response = client.get("/admin/snippets/home/markedday/")
    assert response.status_code == 200
    assert "Dita Botërore e Lirisë së Shtypit" in response.content.decode()
    assert client.get("/admin/snippets/home/markedday/add/").status_code == 200


def test_the_information_office_is_offered_wagtail_localizes_translation_actions(client):
    client.force_login(_user(["Information Office"]))
    day = MarkedDay.objects.get(locale__language_code="sq", name="Dita Ndërkombëtare e Gruas")
    listing = client.get("/admin/snippets/home/markedday/").content.decode()
    assert "/admin/localize/update/" in listing  # "Sync translated snippets"
    translated = day.get_translation(day.locale.__class__.objects.get(language_code="sr-latn"))
    assert translated.name == "Međunarodni dan žena"
    assert (translated.date, translated.kind, translated.day_off) == (day.date, day.kind, False)
