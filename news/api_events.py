"""``/api/v3/events/``: the municipality's events with their next dates, and the calendar of a
window (every date of every event, and the holidays), in one language."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import Field, Query, Router, Schema
from pydantic import field_validator
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Locale

from home import holidays
from news.events import (
    FIRST_DAY,
    LAST_DAY,
    MAX_WINDOW_DAYS,
    EventKind,
    EventPage,
    day_start,
    occurrences_of,
    of_kind,
    overlapping,
)
from news.recurrence import HOLIDAY, DaysOff
from services.problems import ProblemDetail, problem_response

router = Router(tags=["events"], auth=[AllowAnonymous()])

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
NEXT_COUNT = 5


class Place(Schema):
    village: str
    hall: str
    address: str


class Links(Schema):
    live_stream: str = Field(description="The live stream's address, when there is one.")
    recording: str = Field(description="The recording's address, when there is one.")


class Dates(Schema):
    start: datetime.datetime
    end: datetime.datetime


class EventSchema(Schema):
    id: int
    locale: str
    title: str
    intro: str
    kind: str = Field(description="One of: " + ", ".join(EventKind.values) + ".")
    kind_label: str = Field(description="The kind, in the language of `locale`.")
    start: datetime.datetime = Field(description="The first date's start (aware, ISO 8601).")
    end: datetime.datetime
    place: Place
    organiser: str
    links: Links
    html_url: str
    recurrence: str = Field(
        description="The series' rule in words, in the language of `locale` (empty when the "
        "event does not repeat)."
    )
    next_occurrences: list[Dates] = Field(
        description="Up to five next dates that have not ended (official holidays and "
        "cancelled dates left out)."
    )


class EventList(Schema):
    items: list[EventSchema]
    count: int


class CalendarEvent(Schema):
    id: int
    title: str
    kind: str
    kind_label: str
    start: datetime.datetime
    end: datetime.datetime
    place: str
    html_url: str
    cancelled: bool = Field(description="A date of a series that was cancelled.")


class CalendarHoliday(Schema):
    date: datetime.date
    name: str = Field(description="In the language of `locale`.")
    kind: str = Field(description="official, municipal or international.")
    estimated: bool = Field(description="A movable feast whose date is not confirmed yet.")
    day_off: bool


class CalendarWindow(Schema):
    locale: str
    start: datetime.date = Field(alias="from")
    end: datetime.date = Field(alias="to")
    occurrences: list[CalendarEvent]
    holidays: list[CalendarHoliday]


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_day(value: Any) -> Any:
    """Only ``YYYY-MM-DD``: pydantic alone would take ``0`` for 1 January 1970."""
    if isinstance(value, str) and not ISO_DAY.match(value):
        raise ValueError(_("Not a date: give it as YYYY-MM-DD."))
    return value


class EventFilters(Schema):
    locale: str | None = Field(None, description="Language code: sq, sr-latn or en.")
    kind: EventKind | None = Field(None, description="The kind of event.")
    start: datetime.date | None = Field(
        None, alias="from", description="Events with a date on or after this day (YYYY-MM-DD)."
    )
    end: datetime.date | None = Field(
        None,
        alias="to",
        description="Events with a date on or before this day (YYYY-MM-DD); "
        f"at most {MAX_WINDOW_DAYS} days after `from`.",
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=2**31 - 1)

    _days = field_validator("start", "end", mode="before")(iso_day)


class CalendarFilters(Schema):
    locale: str | None = Field(None, description="Language code: sq, sr-latn or en.")
    start: datetime.date | None = Field(
        None, alias="from", description="First day (YYYY-MM-DD); today by default."
    )
    end: datetime.date | None = Field(
        None,
        alias="to",
        description=f"Last day (YYYY-MM-DD); 30 days on by default, {MAX_WINDOW_DAYS} at most.",
    )

    _days = field_validator("start", "end", mode="before")(iso_day)


def _bad(field: str, message: str, kind: str) -> HttpResponse:
    response: HttpResponse = problem_response(
        status=400,
        detail=message,
        errors=[{"loc": ["query", field], "msg": message, "type": kind}],
    )
    return response


def _locale(code: str | None) -> Locale | None:
    return Locale.objects.filter(language_code=code or settings.LANGUAGE_CODE).first()


def _window(
    day_from: datetime.date | None, day_to: datetime.date | None, default_days: int | None
) -> tuple[datetime.date | None, datetime.date | None] | HttpResponse:
    """The days asked for, or a problem answer for a window that ends before it starts or is
    too long. Days before 1900 or after 2200 count as those years' ends (no event is there,
    and the arithmetic of time zones stops at year 1 and 9999)."""
    if day_from is not None:
        day_from = min(max(day_from, FIRST_DAY), LAST_DAY)
    if day_to is not None:
        day_to = min(max(day_to, FIRST_DAY), LAST_DAY)
    if default_days is not None:
        day_from = day_from or timezone.localdate()
        day_to = day_to or day_from + datetime.timedelta(days=default_days)
    if day_from and day_to:
        if day_to < day_from:
            return _bad("to", _("The last day comes before the first."), "bad_window")
        if (day_to - day_from).days > MAX_WINDOW_DAYS:
            return _bad(
                "to",
                ngettext(
                    "The window is too long: %(days)s day at most.",
                    "The window is too long: %(days)s days at most.",
                    MAX_WINDOW_DAYS,
                )
                % {"days": MAX_WINDOW_DAYS},
                "window_too_long",
            )
    return day_from, day_to


def _kind_labels() -> dict[str, str]:
    return {value: str(label) for value, label in EventKind.choices}


def _html_urls(request: HttpRequest, events: list[EventPage]) -> dict[int, str]:
    return {event.pk: event.get_full_url(request) or "" for event in events}


@router.get(
    "/",
    response={200: EventList, 400: ProblemDetail},
    summary="Events, with their next dates",
    description=(
        "The municipality's published events (press conferences, public debates, the "
        "Assembly's sessions, cultural, sports, diaspora events and the donors' conference) "
        "in the language of `locale` (the source language by default), filtered by `kind` "
        "and by a window of days (`from`, `to`, YYYY-MM-DD: events with a date in it; at most "
        f"{MAX_WINDOW_DAYS} days). A recurring event is one item, with its rule in words "
        "(`recurrence`) and its next dates (`next_occurrences`); the calendar operation "
        "lists every date. Ordered by first date. Answers 400 (problem+json) for an unknown "
        "`kind` or a bad date or window."
    ),
    operation_id="events_list",
    url_name="events_list",
)
def events_list(request: HttpRequest, filters: Query[EventFilters]) -> Any:
    locale = _locale(filters.locale)
    if locale is None:
        return _bad("locale", _("Unknown language."), "unknown_locale")
    window = _window(filters.start, filters.end, None)
    if isinstance(window, HttpResponse):
        return window
    day_from, day_to = window
    closed = DaysOff()
    queryset: QuerySet[EventPage] = (
        EventPage.objects.live().public().filter(locale=locale).order_by("start", "pk")
    )
    if filters.kind:
        queryset = of_kind(queryset, filters.kind)
    if day_from or day_to:
        start = day_start(day_from) if day_from else day_start(FIRST_DAY)
        end = day_start(day_to + datetime.timedelta(days=1)) if day_to else day_start(LAST_DAY)
        candidates = list(overlapping(queryset, start, end))
        # A series whose every date in the window was left out is not listed.
        matching = [event for event in candidates if event.occurrences(start, end, closed=closed)]
        count = len(matching)
        page = matching[filters.offset : filters.offset + filters.limit]
    else:
        count = queryset.count()
        page = list(queryset[filters.offset : filters.offset + filters.limit])
    with translation.override(locale.language_code):
        labels = _kind_labels()
        urls = _html_urls(request, page)
        items = [
            {
                "id": event.pk,
                "locale": locale.language_code,
                "title": event.title,
                "intro": event.intro,
                "kind": event.kind,
                "kind_label": labels.get(event.kind, event.kind),
                "start": event.start,
                "end": event.end,
                "place": {"village": event.village, "hall": event.hall, "address": event.address},
                "organiser": event.organiser,
                "links": {"live_stream": event.live_stream_url, "recording": event.recording_url},
                "html_url": urls[event.pk],
                "recurrence": event.recurrence,
                "next_occurrences": [
                    {"start": o.start, "end": o.end}
                    for o in event.next_occurrences(NEXT_COUNT, closed=closed)
                ],
            }
            for event in page
        ]
    return {"items": items, "count": count}


@router.get(
    "/calendar/",
    response={200: CalendarWindow, 400: ProblemDetail},
    summary="Every date of every event, and the holidays, in a window",
    description=(
        "The dates from `from` to `to` (YYYY-MM-DD, both included; today and 30 days on by "
        f"default, at most {MAX_WINDOW_DAYS} days): each date of each event (recurring ones "
        "expanded, cancelled dates marked) and Kosovo's official holidays and the days the "
        "municipality marks, named in the language of `locale`. Answers 400 (problem+json) "
        "for a bad date, a window that ends before it starts or is too long, or an unknown "
        "`locale`."
    ),
    operation_id="events_calendar",
    url_name="events_calendar",
    by_alias=True,
)
def events_calendar(request: HttpRequest, filters: Query[CalendarFilters]) -> Any:
    locale = _locale(filters.locale)
    if locale is None:
        return _bad("locale", _("Unknown language."), "unknown_locale")
    window = _window(filters.start, filters.end, 30)
    if isinstance(window, HttpResponse):
        return window
    day_from, day_to = window
    assert day_from is not None and day_to is not None
    start, end = day_start(day_from), day_start(day_to + datetime.timedelta(days=1))
    events = EventPage.objects.live().public().filter(locale=locale)
    occurrences = occurrences_of(overlapping(events, start, end), start, end, True)
    by_event: dict[int, EventPage] = {o.event.pk: o.event for o in occurrences}
    with translation.override(locale.language_code):
        labels = _kind_labels()
        urls = _html_urls(request, list(by_event.values()))
        listed = [
            {
                "id": o.event.pk,
                "title": o.event.title,
                "kind": o.event.kind,
                "kind_label": labels.get(o.event.kind, o.event.kind),
                "start": o.start,
                "end": o.end,
                "place": o.event.place,
                "html_url": urls[o.event.pk],
                "cancelled": bool(o.cancelled),
            }
            for o in occurrences
            # A day off is no date of the series; a cancelled date is listed as cancelled.
            if o.cancelled != HOLIDAY
        ]
        days = [
            {
                "date": day.date,
                "name": day.name,
                "kind": day.kind,
                "estimated": day.estimated,
                "day_off": day.day_off,
            }
            for day in holidays.days_between(day_from, day_to, locale.language_code)
        ]
    return {
        "locale": locale.language_code,
        "from": day_from,
        "to": day_to,
        "occurrences": listed,
        "holidays": days,
    }
