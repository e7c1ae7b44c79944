"""Kosovo's official holidays and the working-day arithmetic every app counts deadlines with.

The holidays come from the ``holidays`` library (country ``XK``), which names them in Albanian,
Serbian and English and computes the movable feasts: Orthodox and Catholic Easter, and Eid
al-Fitr and Eid al-Adha, whose dates it estimates until they are announced. A day off that falls
on a Saturday or a Sunday moves to the next working day ("observed"), as the law on official
holidays says.

Editors add to it (``home.calendar_days``): the announced date of an estimated feast
(:class:`~home.calendar_days.HolidayCorrection`, after which the day is no longer estimated and
counts on its real date everywhere), and the municipal and international days the municipality
marks (:class:`~home.calendar_days.MarkedDay`; a municipal day may close the offices). Every
function below takes both into account with at most two queries, whatever the range.

This is the core every app may import (layer ``home``): later services count legal deadlines
with :func:`add_working_days` and :func:`working_days_between`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import holidays as holiday_calendars
from django.conf import settings
from django.utils.translation import get_language

from home.calendar_days import INTERNATIONAL, MUNICIPAL, OFFICIAL, HolidayCorrection, MarkedDay

__all__ = [
    "CORRECTION_WINDOW",
    "COUNTRY",
    "INTERNATIONAL",
    "KINDS",
    "MUNICIPAL",
    "OFFICIAL",
    "Day",
    "add_working_days",
    "content_language",
    "days_between",
    "days_off",
    "estimated_holidays",
    "is_working_day",
    "official_holidays",
    "working_days_between",
]

#: The country whose holidays the municipality keeps (ISO 3166; the library's code for Kosovo).
COUNTRY = "XK"

#: The library's language for each of our content languages.
LIBRARY_LANGUAGES = {"sq": "sq", "sr-latn": "sr", "en": "en_US"}

#: Kinds of day in the calendar.
KINDS = (OFFICIAL, MUNICIPAL, INTERNATIONAL)

#: Where the library's name of a holiday is not how we write it, ours, per content language,
#: keyed by the holiday's ``key`` (an observed day gets the corrected name with the library's
#: "observed" marker). Serbian capitalises only the first word and proper names (LANGUAGE.md),
#: calls the country "Republika Kosovo" as Kosovo's institutions write it, and names the Eids
#: as the Serbian orthography does (the library's "Fiter Bajram" is the Albanian name); our
#: English is British. Albanian: the library's names are the law's (No. 03/L-064).
NAMES: dict[str, dict[str, str]] = {
    "sq": {},
    "sr-latn": {
        "Independence Day": "Dan nezavisnosti Republike Kosovo",
        "Constitution Day": "Dan Ustava Republike Kosovo",
        "International Labor Day": "Međunarodni dan rada",
        "Eid al-Fitr": "Ramazanski bajram, prvi dan",
        "Eid al-Adha": "Kurban-bajram, prvi dan",
    },
    "en": {
        "International Labor Day": "International Labour Day",
        "Eid al-Fitr": "Eid al-Fitr, first day",
        "Eid al-Adha": "Eid al-Adha, first day",
    },
}

#: How far an announced date may lie from the library's estimate (a lunar month's start is
#: seen a day or two either side of the computed one; more is a typing error).
CORRECTION_WINDOW = datetime.timedelta(days=7)


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
    #: The same day in every language: for an official holiday the library's English name
    #: without the "estimated" marker ("Eid al-Adha", "Europe Day (observed)"), for a marked
    #: day ``<kind>:<translation key>``. With the date, what a calendar feed's UID is made of.
    key: str = ""
    #: A holiday that fell on a weekend, kept on the next working day.
    observed: bool = False
    #: A marked day's short description (empty for official holidays).
    description: str = ""

    @property
    def holiday_key(self) -> str:
        """The key of the holiday itself (an observed day's without the marker)."""
        return self.key.removesuffix(_OBSERVED_KEY_SUFFIX)


def content_language(language: str | None) -> str:
    """One of our content languages (``sq``, ``sr-latn``, ``en``) for ``language``."""
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if code in LIBRARY_LANGUAGES:
        return code
    if code.startswith("sr"):
        return "sr-latn"
    base = code.split("-")[0]
    return base if base in LIBRARY_LANGUAGES else settings.LANGUAGE_CODE


def library_language(language: str | None) -> str:
    return LIBRARY_LANGUAGES[content_language(language)]


def _calendar(year: int, language: str, estimated_marked: bool) -> holiday_calendars.HolidayBase:
    return holiday_calendars.country_holidays(
        COUNTRY, years=year, language=language, islamic_show_estimated=estimated_marked
    )


@lru_cache(maxsize=8)
def _observed_template(language: str) -> str:
    """The library's "%s (observed)" in ``language`` (a library language)."""
    calendar = _calendar(2020, language, False)
    template = str(calendar.tr(calendar.observed_label))
    if not template.startswith("%s"):
        raise ValueError(f"Unexpected observed label {template!r}")
    return template


_OBSERVED_KEY_SUFFIX = " (observed)"


@lru_cache(maxsize=64)
def _library_year(year: int, language: str) -> tuple[Day, ...]:
    """The library's holidays of ``year`` in ``language`` (a content language), with which
    dates are estimates, named as :data:`NAMES` says."""
    library = LIBRARY_LANGUAGES[language]
    # Without the "estimated" label, the names of estimated days differ: that tells them apart.
    marked = _calendar(year, library, True)
    plain = _calendar(year, library, False)
    english = _calendar(year, "en_US", False)
    suffix = _observed_template(library).removeprefix("%s")
    template = _observed_template(library)
    ours = NAMES.get(language, {})
    days = []
    for date in sorted(plain):
        plain_names = plain.get_list(date)
        marked_names = marked.get_list(date)
        keys = english.get_list(date)
        for index, name in enumerate(plain_names):
            key = keys[index] if index < len(keys) else name
            observed = key.endswith(_OBSERVED_KEY_SUFFIX)
            base_key = key.removesuffix(_OBSERVED_KEY_SUFFIX)
            base_name = ours.get(base_key, name.removesuffix(suffix) if observed else name)
            days.append(
                Day(
                    date=date,
                    name=template % base_name if observed else base_name,
                    kind=OFFICIAL,
                    estimated=index < len(marked_names) and marked_names[index] != name,
                    day_off=True,
                    key=key,
                    observed=observed,
                )
            )
    return tuple(days)


def _next_working_day(date: datetime.date, taken: set[datetime.date]) -> datetime.date:
    date += datetime.timedelta(days=1)
    while date.weekday() >= 5 or date in taken:
        date += datetime.timedelta(days=1)
    return date


def _apply_corrections(
    days: Sequence[Day], corrections: Sequence[HolidayCorrection], language: str
) -> list[Day]:
    """The library's days of one year with the announced dates: a corrected feast moves to its
    date and is no longer estimated, and its observed day is worked out again from that date."""
    if not corrections:
        return list(days)
    result = list(days)
    moved: list[Day] = []
    for correction in corrections:
        occurrences = [day for day in result if day.key == correction.key and not day.observed]
        if not occurrences:
            continue
        # The feast the editor confirmed: the one nearest the estimate they saw.
        day = min(occurrences, key=lambda d: abs(d.date - correction.estimated_date))
        observed_after = [
            other
            for other in result
            if other.observed
            and other.holiday_key == correction.key
            and datetime.timedelta(0) < other.date - day.date <= CORRECTION_WINDOW
        ]
        result = [d for d in result if d is not day and d not in observed_after]
        moved.append(replace(day, date=correction.date, estimated=False))
    taken = {day.date for day in result} | {day.date for day in moved}
    template = _observed_template(LIBRARY_LANGUAGES[language])
    for day in moved:
        result.append(day)
        if day.date.weekday() >= 5:
            observed = _next_working_day(day.date, taken)
            taken.add(observed)
            result.append(
                replace(
                    day,
                    date=observed,
                    name=template % day.name,
                    key=day.key + _OBSERVED_KEY_SUFFIX,
                    observed=True,
                )
            )
    return sorted(result, key=lambda d: d.date)


def _official_between(start: datetime.date, end: datetime.date, language: str) -> list[Day]:
    # A year's announced date may fall in the next or the last year (within a week).
    years = range(max(start.year - 1, datetime.MINYEAR), min(end.year + 1, datetime.MAXYEAR) + 1)
    corrections: dict[int, list[HolidayCorrection]] = {}
    for correction in HolidayCorrection.objects.filter(year__in=list(years)):
        corrections.setdefault(correction.year, []).append(correction)
    found = []
    for year in years:
        for day in _apply_corrections(
            _library_year(year, language), corrections.get(year, []), language
        ):
            if start <= day.date <= end:
                found.append(day)
    return found


def _marked_between(
    start: datetime.date, end: datetime.date, language: str, kinds: set[str]
) -> list[Day]:
    """The marked days, named in ``language`` (the source language's words while a
    translation is missing). Kind, date and whether offices close are the source language's
    version's: a translation has them only once synchronised."""
    versions: dict[object, dict[str, MarkedDay]] = {}
    for marked in MarkedDay.objects.select_related("locale").order_by("pk"):
        versions.setdefault(marked.translation_key, {})[marked.locale.language_code] = marked
    found = []
    for translation_key, by_language in versions.items():
        source = by_language.get(settings.LANGUAGE_CODE) or next(iter(by_language.values()))
        if source.kind not in kinds:
            continue
        words = by_language.get(language, source)
        for date in source.dates_between(start, end):
            found.append(
                Day(
                    date=date,
                    name=words.name,
                    kind=source.kind,
                    estimated=False,
                    day_off=source.day_off,
                    key=f"{source.kind}:{translation_key}",
                    description=words.description,
                )
            )
    return found


def _order(day: Day) -> tuple[datetime.date, int, str]:
    return (day.date, KINDS.index(day.kind) if day.kind in KINDS else len(KINDS), day.name)


def days_between(
    start: datetime.date,
    end: datetime.date,
    language: str | None = None,
    kinds: Iterable[str] | None = None,
) -> list[Day]:
    """Every day the calendar marks from ``start`` to ``end`` (both included), in date order
    (on one date: official holidays, then municipal, then international days), named in
    ``language`` (the active one by default). Two queries at most, whatever the range."""
    if end < start:
        return []
    code = content_language(language)
    wanted = set(kinds) if kinds is not None else set(KINDS)
    found: list[Day] = []
    if OFFICIAL in wanted:
        found += _official_between(start, end, code)
    if wanted & {MUNICIPAL, INTERNATIONAL}:
        found += _marked_between(start, end, code, wanted & {MUNICIPAL, INTERNATIONAL})
    return sorted(found, key=_order)


def official_holidays(year: int, language: str | None = None) -> list[Day]:
    """Kosovo's official holidays of ``year``, named in ``language`` (the active one by
    default), on their announced dates where an editor confirmed them."""
    return days_between(
        datetime.date(year, 1, 1), datetime.date(year, 12, 31), language, kinds=[OFFICIAL]
    )


def estimated_holidays(year: int, language: str | None = None) -> list[Day]:
    """The library's holidays of ``year`` whose dates it estimates, as it estimates them
    (before any correction): what editors confirm."""
    return [
        day
        for day in _library_year(year, content_language(language))
        if day.estimated and not day.observed
    ]


def days_off(start: datetime.date, end: datetime.date) -> set[datetime.date]:
    """The dates from ``start`` to ``end`` on which offices are closed for a holiday or a
    municipal day off."""
    return {
        day.date for day in days_between(start, end, language=settings.LANGUAGE_CODE) if day.day_off
    }


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
