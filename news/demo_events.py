"""The events section and the calendar in the Klokot demo (``demo_data/events.toml``): the
Assembly's monthly sessions and the Mayor's weekly citizens' day as recurring series, press
conferences, the donors' conference and a concert, dated relative to today so the demo stays
current. Albanian is the source; Serbian and English are wagtail-localize translations."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from wagtail.models import Locale, Page

from news.calendar import CalendarPage
from news.demo_sections import section_index
from news.events import EventIndexPage, EventPage
from news.recurrence import Repeats
from services.demo import LANGUAGES, SOURCE, child_page, read_data

EVENTS = read_data(__file__, "events.toml")
TEXT_FIELDS = ("title", "slug", "intro", "village", "hall", "address", "organiser")


def _at(day: datetime.date, time: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))


def _first_weekday(year: int, weekday: int) -> datetime.date:
    day = datetime.date(year, 1, 1)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _last_weekday_of_month(year: int, month: int, weekday: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = following - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


def _dates(spec: dict[str, Any], today: datetime.date) -> dict[str, Any]:
    """The page's date fields for ``spec``."""
    starts, ends = spec["time"]
    if "repeats" not in spec:
        day = today + datetime.timedelta(days=spec["in_days"])
        return {"start": _at(day, starts), "end": _at(day, ends)}
    year = today.year + spec["first_year"]
    if spec["repeats"] == Repeats.MONTHLY_WEEKDAY:
        first = _last_weekday_of_month(year, 1, spec["weekday"])
    else:
        first = _first_weekday(year, spec["weekday"])
    cancelled = ""
    if "cancel_in_weeks" in spec:
        ahead = today + datetime.timedelta(weeks=spec["cancel_in_weeks"])
        cancelled = (
            ahead + datetime.timedelta(days=(spec["weekday"] - ahead.weekday()) % 7)
        ).isoformat()
    return {
        "start": _at(first, starts),
        "end": _at(first, ends),
        "repeats": spec["repeats"],
        "repeat_position": spec.get("position"),
        "repeat_until": datetime.date(today.year + spec["last_year"], 12, 31),
        "skip_holidays": True,
        "cancelled_dates": cancelled,
    }


def load(home: Page, locales: dict[str, Locale]) -> None:
    index = section_index(home, EventIndexPage, "events")
    section_index(home, CalendarPage, "calendar")
    today = timezone.localdate()
    for spec in EVENTS.values():
        texts = {code: {name: spec[code][name] for name in TEXT_FIELDS} for code in LANGUAGES}
        sq = texts[SOURCE]

        def build(spec: dict[str, Any] = spec, sq: dict[str, str] = sq) -> EventPage:
            return EventPage(
                **{name: sq[name] for name in TEXT_FIELDS},
                kind=spec["kind"],
                live_stream_url=spec.get("live_stream_url", ""),
                recording_url=spec.get("recording_url", ""),
                locale=index.locale,
                **_dates(spec, today),
            )

        child_page(index, EventPage, sq["slug"], build, texts)
