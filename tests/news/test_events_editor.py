"""An editor creates a recurring event in the admin: the series' fields are in the form, a
series without an end or an event ending before it starts is refused with the reason on the
field, and a valid series is saved with its rule."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.events import EventPage
from news.recurrence import Repeats
from tests.factories import UserFactory
from tests.news.event_factories import events_index

pytestmark = pytest.mark.django_db


def event_form(**overrides) -> dict:
    return nested_form_data(
        {
            "title": "Dita e qytetarëve në Vërboc",
            "slug": "dita-e-qytetareve-verboc",
            "kind": "citizens_day",
            "intro": "",
            "start": "2027-01-13 09:00",
            "end": "2027-01-13 12:00",
            "repeats": Repeats.WEEKLY,
            "repeat_interval": "1",
            "repeat_position": "",
            "repeat_until": "2027-06-30",
            "repeat_count": "",
            "skip_holidays": "on",
            "cancelled_dates": "2027-02-03",
            "village": "Vërboc",
            "hall": "",
            "address": "",
            "organiser": "",
            "live_stream_url": "",
            "recording_url": "",
            "documents": streamfield([]),
            "body": streamfield([]),
            **overrides,
        }
    )


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(username="root", is_superuser=True))
    return client


def add_url() -> str:
    return f"/admin/pages/add/news/eventpage/{events_index('sq').pk}/"


def test_a_weekly_series_is_saved_with_its_rule(editor):
    response = editor.post(add_url(), event_form())
    assert response.status_code == 302
    page = EventPage.objects.get(slug="dita-e-qytetareve-verboc")
    assert page.repeats == Repeats.WEEKLY
    assert page.rule().cancelled_dates and page.skip_holidays


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"repeat_until": ""}, "repeat_until"),
        ({"end": "2027-01-13 08:00"}, "end"),
        ({"cancelled_dates": "të mërkurën"}, "cancelled_dates"),
    ],
)
def test_a_bad_series_is_refused_on_its_field(editor, overrides, field):
    response = editor.post(add_url(), event_form(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not EventPage.objects.filter(slug="dita-e-qytetareve-verboc").exists()
