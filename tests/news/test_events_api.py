"""``/api/v3/events/``: events with their next dates, filtered by kind, window and language;
the calendar of a window with the holidays in its language; problem+json for bad input; and
the same number of queries for ten events as for a hundred."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.events import EventKind, EventPage
from tests.news.event_factories import add_event, add_weekly, events_index

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")
CHRISTMAS = {
    "sq": "Krishtlindjet Ortodokse",
    "sr-latn": "Pravoslavni Božić",
    "en": "Orthodox Christmas Day",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_carry_their_next_dates_and_rule(client, language):
    response = client.get("/api/v3/events/", {"locale": language})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == EventPage.objects.live().filter(locale__language_code=language).count()
    assembly = next(i for i in body["items"] if i["kind"] == "assembly_session")
    assert assembly["locale"] == language
    assert len(assembly["next_occurrences"]) == 5
    assert assembly["recurrence"]
    assert set(assembly["place"]) == {"village", "hall", "address"}
    assert assembly["html_url"].endswith("/")
    first = datetime.datetime.fromisoformat(assembly["next_occurrences"][0]["start"])
    assert first.astimezone(timezone.get_default_timezone()).hour == 10


def test_kind_filter(client):
    response = client.get("/api/v3/events/", {"locale": "en", "kind": "press_conference"})
    kinds = {item["kind"] for item in response.json()["items"]}
    assert kinds == {"press_conference"}
    assert response.json()["items"][0]["kind_label"] == "Press conference"


def test_window_filter_keeps_events_with_a_date_in_it(client):
    today = timezone.localdate()
    start = today + datetime.timedelta(days=55)
    response = client.get(
        "/api/v3/events/",
        {
            "locale": "sq",
            "from": start.isoformat(),
            "to": (start + datetime.timedelta(days=10)).isoformat(),
        },
    )
    kinds = {item["kind"] for item in response.json()["items"]}
    assert EventKind.DONORS_CONFERENCE in kinds
    assert EventKind.PRESS_CONFERENCE not in kinds


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calendar_window_has_occurrences_and_holidays_in_its_language(client, language):
    year = timezone.localdate().year + 1
    response = client.get(
        "/api/v3/events/calendar/",
        {"locale": language, "from": f"{year}-01-01", "to": f"{year}-01-31"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["from"] == f"{year}-01-01" and body["to"] == f"{year}-01-31"
    names = [day["name"] for day in body["holidays"] if day["date"] == f"{year}-01-07"]
    assert names == [CHRISTMAS[language]]
    kinds = [o["kind"] for o in body["occurrences"]]
    assert kinds.count("assembly_session") == 1
    assert kinds.count("citizens_day") >= 3


@pytest.mark.parametrize(
    "path, params, field",
    [
        ("/api/v3/events/", {"kind": "picnic"}, "kind"),
        ("/api/v3/events/", {"from": "tomorrow"}, "from"),
        ("/api/v3/events/", {"from": "2027-02-01", "to": "2027-01-01"}, "to"),
        ("/api/v3/events/calendar/", {"from": "2027-02-30"}, "from"),
        ("/api/v3/events/calendar/", {"from": "2027-01-01", "to": "2029-01-01"}, "to"),
    ],
)
def test_bad_input_is_a_problem(client, path, params, field):
    response = client.get(path, params, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 400
    assert body["errors"][0]["loc"] == ["query", field]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_the_far_past_and_future_are_no_server_error(client, day):
    response = client.get("/api/v3/events/", {"from": day, "to": day})
    assert response.status_code in (200, 400)
    response = client.get("/api/v3/events/calendar/", {"from": day, "to": day})
    assert response.status_code == 200
    assert response.json()["occurrences"] == []


def test_an_unknown_locale_is_refused(client):
    response = client.get("/api/v3/events/", {"locale": "xx"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")


def _queries(client, path, params) -> int:
    # A first request fills what Wagtail caches (the sites' root paths), as a served site has.
    client.get(path, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(queries)


def test_the_same_number_of_queries_for_ten_events_as_for_a_hundred(client):
    index = events_index("en")
    for number in range(10):
        add_event(index, f"Event {number}")
        add_weekly(index, f"Weekly {number}")
    params = {"locale": "en", "limit": 100}
    calendar = {"locale": "en"}
    few = _queries(client, "/api/v3/events/", params)
    few_calendar = _queries(client, "/api/v3/events/calendar/", calendar)
    for number in range(10, 50):
        add_event(index, f"Event {number}")
        add_weekly(index, f"Weekly {number}")
    assert _queries(client, "/api/v3/events/", params) == few
    assert _queries(client, "/api/v3/events/calendar/", calendar) == few_calendar


def test_the_pages_list_the_same_number_of_queries_for_more_events(client):
    index = events_index("en")
    calendar_page = index.calendar_links()
    month = timezone.localdate().strftime("%Y-%m")
    for number in range(5):
        add_weekly(index, f"Weekly {number}")
    few = _queries(client, index.url, {})
    few_month = _queries(client, calendar_page.url, {"month": month})
    few_ics = _queries(client, calendar_page.url + "events.ics", {})
    for number in range(5, 40):
        add_weekly(index, f"Weekly {number}")
    assert _queries(client, index.url, {}) == few
    assert _queries(client, calendar_page.url, {"month": month}) == few_month
    assert _queries(client, calendar_page.url + "events.ics", {}) == few_ics
