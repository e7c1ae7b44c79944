"""The calendar page: a month as a table (weekday headers, today marked, events linked,
holidays named in the page's language), the same month as a list, previous and next months
as links, a translated 400 for a bad month, and iCalendar feeds that a real iCalendar library
reads, in the page's language."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import escape
from icalendar import Calendar

from home import holidays
from news.calendar import CalendarPage
from news.events import EventKind, EventPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
CHRISTMAS = {
    "sq": "Krishtlindjet Ortodokse",
    "sr-latn": "Pravoslavni Božić",
    "en": "Orthodox Christmas Day",
}
JANUARY = {"sq": "janar", "sr-latn": "januar", "en": "January"}
MONDAY = {"sq": "e hënë", "sr-latn": "ponedeljak", "en": "Monday"}
BAD_MONTH = {
    "sq": "Nuk është muaj",
    "sr-latn": "Nije mesec",
    "en": "Not a month the calendar can show",
}
CYRILLIC = {chr(code) for code in range(0x0400, 0x0500)}


def calendar_in(language: str) -> CalendarPage:
    return CalendarPage.objects.get(locale__language_code=language)


def next_january() -> str:
    return f"{timezone.localdate().year + 1}-01"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_month_is_a_table_with_holidays_in_the_pages_language(client, language):
    page = calendar_in(language)
    response = client.get(page.url, {"month": next_january()})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert '<table class="calendar-month"' in html
    assert html.count('<th scope="col">') == 7
    assert f'<th scope="col">{MONDAY[language]}</th>' in html
    assert JANUARY[language].lower() in html.lower()
    assert escape(CHRISTMAS[language]) in html
    # The language switcher names the Cyrillic edition; the calendar itself has no Cyrillic.
    main = html.split("<main")[1].split("</main>")[0]
    assert not CYRILLIC & set(main)
    # The Assembly's session on the last Thursday of January is linked.
    assembly = [
        o
        for week in response.context["weeks"]
        for cell in week
        for o in cell.occurrences
        if o.event.kind == EventKind.ASSEMBLY_SESSION and cell.in_month
    ]
    assert len(assembly) == 1
    assert f'href="{assembly[0].event.url}"' in html


def test_previous_and_next_months_are_links(client):
    page = calendar_in("en")
    year = timezone.localdate().year + 1
    html = client.get(page.url, {"month": f"{year}-01"}).content.decode()
    assert f'href="?month={year - 1}-12#month-title" rel="prev"' in html
    assert f'href="?month={year}-02#month-title" rel="next"' in html
    listed = client.get(page.url, {"month": f"{year}-01", "view": "list"}).content.decode()
    assert f'href="?month={year}-02&amp;view=list#month-title" rel="next"' in listed


def test_today_is_marked(client):
    page = calendar_in("sq")
    response = client.get(page.url)
    html = response.content.decode()
    assert html.count('aria-current="date"') == 1
    today = timezone.localdate()
    assert f'<time datetime="{today:%Y-%m-%d}">' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_view_lists_the_days_with_events_or_holidays(client, language):
    page = calendar_in(language)
    response = client.get(page.url, {"month": next_january(), "view": "list"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" not in html
    assert escape(CHRISTMAS[language]) in html
    days = [cell.date for cell in response.context["month_days"]]
    assert days == sorted(days) and all(day.month == 1 for day in days)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("month", ["2027-13", "March", "99999-01", "2027-1"])
def test_a_bad_month_is_a_translated_bad_request(client, language, month):
    response = client.get(calendar_in(language).url, {"month": month})
    assert response.status_code == 400
    assert BAD_MONTH[language] in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feeds_are_advertised_in_the_head(client, language):
    page = calendar_in(language)
    html = client.get(page.url).content.decode()
    head = html.split("</head>")[0]
    assert f'type="text/calendar" title="{page.title}' in head
    assert f'href="{page.url}events.ics"' in head
    assert f'href="{page.url}holidays.ics"' in head


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_holidays_feed_parses_and_names_the_holidays_in_the_pages_language(client, language):
    response = client.get(calendar_in(language).url + "holidays.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    year = timezone.localdate().year
    christmas = [e for e in events if e.decoded("dtstart") == datetime.date(year + 1, 1, 7)]
    assert [str(e["summary"]) for e in christmas] == [CHRISTMAS[language]]
    assert {e.decoded("dtstart").year for e in events} == {year - 1, year, year + 1}
    uids = [str(e["uid"]) for e in events]
    assert len(uids) == len(set(uids))
    # The same day keeps its UID from one request to the next.
    again = Calendar.from_ical(client.get(calendar_in(language).url + "holidays.ics").content)
    assert uids == [str(e["uid"]) for e in again.walk("VEVENT")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_events_feed_parses_with_local_times(client, language):
    response = client.get(calendar_in(language).url + "events.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Belgrade"]
    events = list(calendar.walk("VEVENT"))
    local = timezone.get_default_timezone()
    title = EventPage.objects.get(
        locale__language_code=language, kind=EventKind.ASSEMBLY_SESSION
    ).title
    sessions = [e.decoded("dtstart") for e in events if str(e["summary"]) == title]
    # Three months back and a year ahead: a session a month, always at 10:00 local time,
    # in winter (UTC+1) and in summer (UTC+2).
    assert 14 <= len(sessions) <= 16
    assert {start.astimezone(local).hour for start in sessions} == {10}
    assert len({start.astimezone(local).utcoffset() for start in sessions}) == 2
    assert str(events[0]["dtstart"].params["TZID"]) == "Europe/Belgrade"
    assert len({str(e["uid"]) for e in events}) == len(events)
    cancelled = [e for e in events if str(e["status"]) == "CANCELLED"]
    assert len(cancelled) == 1  # the demo's cancelled citizens' day


ESTIMATED = {"sq": "data e vlerësuar", "sr-latn": "procenjeni datum", "en": "estimated date"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_estimated_feast_is_marked_estimated(client, language):
    year = timezone.localdate().year + 1
    estimated = [
        day
        for day in holidays.days_between(
            datetime.date(year, 1, 1), datetime.date(year, 12, 31), language
        )
        if day.estimated
    ]
    assert estimated  # the Eids' dates are estimates until they are announced
    day = estimated[0]
    html = client.get(calendar_in(language).url, {"month": f"{day.date:%Y-%m}"}).content.decode()
    assert f"{escape(day.name)} <small>(" in html
    assert ESTIMATED[language] in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", ["news.CalendarPage", "news.EventIndexPage"])
def test_the_calendar_and_the_section_are_in_the_pages_api(client, language, page_type):
    response = client.get("/api/v3/pages/", {"type": page_type, "locale": language})
    assert response.status_code == 200
    assert len(response.json()["items"]) == 1
