"""Kosovo's official holidays and the working-day arithmetic every app counts deadlines with.

The holidays come from the ``holidays`` library (country ``XK``), which names them in Albanian,
Serbian and English and computes the movable feasts: Orthodox and Catholic Easter, and Eid
al-Fitr and Eid al-Adha, whose dates it estimates until they are announced. A day off that falls
on a Sunday moves to the next working day ("observed"), as the law on official holidays says.

This is the core every app may import (layer ``home``): later services count legal deadlines
with :func:`add_working_days` and :func:`working_days_between`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays as holiday_calendars
from django.conf import settings
from django.utils.translation import get_language

#: The country whose holidays the municipality keeps (ISO 3166; the library's code for Kosovo).
COUNTRY = "XK"

#: The library's language for each of our content languages.
LIBRARY_LANGUAGES = {"sq": "sq", "sr-latn": "sr", "en": "en_US"}

#: Kinds of day in the calendar.
OFFICIAL = "official"
MUNICIPAL = "municipal"
INTERNATIONAL = "international"


@dataclass(frozen=True)
class Day:
    """A holiday or a day the municipality marks, named in one language."""

    date: datetime.date
    name: str
    kind: str = OFFICIAL
    #: The library's estimate of a movable feast that has not been confirmed yet.
    estimated: bool = False
    #: Whether offices are closed (every official holiday; a municipal day when so decided).
    day_off: bool = True
    #: The same day in every language (the English name without markers): what a correction
    #: or a calendar feed's UID is keyed by.
    key: str = ""


def library_language(language: str | None) -> str:
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    return LIBRARY_LANGUAGES.get(code, LIBRARY_LANGUAGES.get(settings.LANGUAGE_CODE, "en_US"))


@lru_cache(maxsize=64)
def _library_year(year: int, language: str) -> tuple[Day, ...]:
    """The library's holidays of ``year`` in ``language``, with which dates are estimates."""
    named = holiday_calendars.country_holidays(COUNTRY, years=year, language=language)
    # Without the "estimated" label, the names of estimated days differ: that tells them apart.
    plain = holiday_calendars.country_holidays(
        COUNTRY, years=year, language=language, islamic_show_estimated=False
    )
    keys = holiday_calendars.country_holidays(
        COUNTRY, years=year, language="en_US", islamic_show_estimated=False
    )
    days = []
    for date, name in sorted(named.items()):
        for index, one in enumerate(name.split("; ")):
            plain_names = plain.get_list(date)
            key_names = keys.get_list(date)
            days.append(
                Day(
                    date=date,
                    name=plain_names[index] if index < len(plain_names) else one,
                    kind=OFFICIAL,
                    estimated=one not in plain_names,
                    day_off=True,
                    key=key_names[index] if index < len(key_names) else one,
                )
            )
    return tuple(days)


def official_holidays(year: int, language: str | None = None) -> list[Day]:
    """Kosovo's official holidays of ``year``, named in ``language`` (the active one by default)."""
    return list(_library_year(year, library_language(language)))


def days_between(
    start: datetime.date,
    end: datetime.date,
    language: str | None = None,
    kinds: Iterable[str] | None = None,
) -> list[Day]:
    """Every day the calendar marks from ``start`` to ``end`` (both included), in date order."""
    wanted = set(kinds) if kinds is not None else None
    found: list[Day] = []
    for year in range(start.year, end.year + 1):
        for day in official_holidays(year, language):
            if start <= day.date <= end and (wanted is None or day.kind in wanted):
                found.append(day)
    return sorted(found, key=lambda day: (day.date, day.kind, day.name))


def days_off(start: datetime.date, end: datetime.date) -> set[datetime.date]:
    """The dates from ``start`` to ``end`` on which offices are closed for a holiday."""
    return {day.date for day in days_between(start, end, language="en") if day.day_off}


def is_working_day(date: datetime.date) -> bool:
    """Monday to Friday, and not a day off."""
    return date.weekday() < 5 and date not in days_off(date, date)


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """How many working days come after ``start``, up to and including ``end``: the day a request
    arrives does not count, the day its deadline falls on does. Zero when ``end`` is not later."""
    if end <= start:
        return 0
    closed = days_off(start, end)
    count = 0
    day = start + datetime.timedelta(days=1)
    while day <= end:
        if day.weekday() < 5 and day not in closed:
            count += 1
        day += datetime.timedelta(days=1)
    return count


def add_working_days(start: datetime.date, count: int) -> datetime.date:
    """The date ``count`` working days after ``start`` (``start`` itself does not count): the
    deadline of something that must be done "within ``count`` working days"."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    # Holidays are looked up a year at a time: a deadline rarely reaches further.
    horizon = start + datetime.timedelta(days=max(366, count * 2))
    closed = days_off(start, horizon)
    remaining = count
    while remaining:
        day += datetime.timedelta(days=1)
        if day > horizon:
            horizon = day + datetime.timedelta(days=366)
            closed |= days_off(day, horizon)
        if day.weekday() < 5 and day not in closed:
            remaining -= 1
    return day
