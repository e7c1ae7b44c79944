"""Recurring events: a series of dates from one page (the Assembly's monthly session, the
Mayor's weekly citizens' day) without copying the page for each date.

The rule is expanded with ``dateutil.rrule`` in local wall-clock time (``TIME_ZONE``,
Europe/Belgrade) and each occurrence is made aware there: a session at 10:00 stays at 10:00 on
both sides of a change of summer time, while its UTC offset changes. Official days off can be
skipped (a citizens' day does not happen on Independence Day), and single dates cancelled.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.holidays import days_off

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


class Repeats(models.TextChoices):
    NONE = "none", _("Does not repeat")
    WEEKLY = "weekly", _("Every week, on the weekday of the first date")
    MONTHLY_DAY = "monthly_day", _("Every month, on the day of the month of the first date")
    MONTHLY_WEEKDAY = "monthly_weekday", _("Every month, on a weekday in a given week")


class Position(models.IntegerChoices):
    """Which of a month's weekdays: the first ... the fourth, or the last."""

    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


#: Reasons an occurrence does not take place.
CANCELLED = "cancelled"
HOLIDAY = "holiday"

#: How many occurrences ``next_occurrences`` looks for at most (a safety bound).
HORIZON_DAYS = 3 * 366


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


class DaysOff:
    """The days offices are closed (``home.holidays.days_off``), looked up two years at a time and
    kept for the life of this object: one is shared by every event of a list, so the list costs
    the same whatever its length."""

    def __init__(self) -> None:
        self._years: dict[int, set[datetime.date]] = {}

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, datetime.date):
            return False
        year = day.year
        if year not in self._years:
            # This year and the next in one look-up: a list of coming dates often crosses
            # the New Year.
            closed = days_off(datetime.date(year, 1, 1), datetime.date(year + 1, 12, 31))
            for one in (year, year + 1):
                self._years.setdefault(one, {date for date in closed if date.year == one})
        return day in self._years[year]


@dataclass(frozen=True)
class Occurrence:
    """One date of an event (or the event itself when it does not repeat)."""

    start: datetime.datetime
    end: datetime.datetime
    event: Any = field(compare=False)
    #: Why it does not take place (``CANCELLED`` or ``HOLIDAY``), or empty.
    cancelled: str = ""

    @property
    def is_cancelled(self) -> bool:
        return bool(self.cancelled)


@dataclass(frozen=True)
class Rule:
    """What a page says about its dates (the fields of ``news.events.EventPage``)."""

    start: datetime.datetime
    end: datetime.datetime
    repeats: str = Repeats.NONE
    interval: int = 1
    position: int | None = None
    until: datetime.date | None = None
    count: int | None = None
    skip_holidays: bool = True
    cancelled_dates: frozenset[datetime.date] = frozenset()

    @property
    def repeating(self) -> bool:
        return self.repeats != Repeats.NONE

    def local_start(self) -> datetime.datetime:
        """The first date's wall-clock start, naive, in the municipality's time zone."""
        return timezone.localtime(self.start, local_zone()).replace(tzinfo=None)

    def local_duration(self) -> datetime.timedelta:
        """How long each occurrence lasts on the wall clock (10:00-14:00 is four hours, also
        on the night the clocks change)."""
        end = timezone.localtime(self.end, local_zone()).replace(tzinfo=None)
        return end - self.local_start()

    def month_position(self) -> int:
        """The position of the first date's weekday in its month (1-4, or -1 for the last),
        when the page does not say."""
        if self.position:
            return self.position
        day = self.local_start().day
        return min((day - 1) // 7 + 1, 4)

    def rrule(self) -> rrule.rrule:
        start = self.local_start()
        until = (
            datetime.datetime.combine(self.until, datetime.time(23, 59, 59)) if self.until else None
        )
        options: dict[str, Any] = {
            "dtstart": start,
            "interval": max(1, self.interval or 1),
            "until": until,
            "count": None if until else self.count,
        }
        if self.repeats == Repeats.WEEKLY:
            return rrule.rrule(rrule.WEEKLY, byweekday=start.weekday(), **options)
        if self.repeats == Repeats.MONTHLY_DAY:
            # A 31st repeats only in the months that have one (RFC 5545).
            return rrule.rrule(rrule.MONTHLY, bymonthday=start.day, **options)
        weekday = rrule.weekday(start.weekday())(self.month_position())
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday, **options)

    def _aware(self, moment: datetime.datetime) -> datetime.datetime:
        return moment.replace(tzinfo=local_zone())

    def _local_starts(
        self, after: datetime.datetime, before: datetime.datetime
    ) -> Iterable[datetime.datetime]:
        """Wall-clock starts (naive) of occurrences that may overlap [after, before)."""
        if not self.repeating:
            return [self.local_start()]
        # An occurrence that started before ``after`` may still be under way.
        starts: list[datetime.datetime] = self.rrule().between(
            after - self.local_duration(), before, inc=True
        )
        return starts

    def occurrences(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        event: Any = None,
        include_cancelled: bool = False,
        closed: DaysOff | None = None,
    ) -> list[Occurrence]:
        """Occurrences overlapping ``start`` to ``end`` (aware datetimes), in order; ``closed``
        is the days off to skip (shared by the events of one list)."""
        zone = local_zone()
        after = timezone.localtime(start, zone).replace(tzinfo=None)
        before = timezone.localtime(end, zone).replace(tzinfo=None)
        duration = self.local_duration()
        candidates = list(self._local_starts(after, before))
        if closed is None:
            closed = DaysOff()
        skipping = self.repeating and self.skip_holidays
        found = []
        for moment in candidates:
            begins, ends = self._aware(moment), self._aware(moment + duration)
            if not (begins < end and ends > start):
                continue
            reason = ""
            if self.repeating and moment.date() in self.cancelled_dates:
                reason = CANCELLED
            elif skipping and moment.date() in closed:
                reason = HOLIDAY
            if reason and not include_cancelled:
                continue
            found.append(Occurrence(begins, ends, event, reason))
        return found

    def next_occurrences(
        self,
        count: int,
        after: datetime.datetime | None = None,
        event: Any = None,
        closed: DaysOff | None = None,
        include_cancelled: bool = False,
    ) -> list[Occurrence]:
        """The next ``count`` occurrences that have not ended by ``after`` (now by default);
        with ``include_cancelled``, the dates that do not take place too, marked."""
        moment = after or timezone.now()
        closed = closed if closed is not None else DaysOff()
        found: list[Occurrence] = []
        window = datetime.timedelta(days=92)
        start = moment
        horizon = moment + datetime.timedelta(days=HORIZON_DAYS)
        while len(found) < count and start < horizon:
            found.extend(
                self.occurrences(
                    start, start + window, event, include_cancelled=include_cancelled, closed=closed
                )
            )
            last = self.last_date()
            if not self.repeating or (last is not None and last < start.date()):
                break
            start += window
        return found[:count]

    def last_date(self) -> datetime.date | None:
        """The day of the last occurrence's start, or None when the series has no end."""
        if not self.repeating:
            return self.local_start().date()
        if self.until:
            return self.until
        if self.count:
            last = list(self.rrule())[-1:]
            return last[0].date() if last else self.local_start().date()
        return None

    def summary(self) -> str:
        """The rule in words, in the active language ("" when it does not repeat)."""
        if not self.repeating:
            return ""
        start = self.local_start()
        interval = max(1, self.interval or 1)
        if self.repeats == Repeats.WEEKLY:
            if interval == 1:
                text = str(WEEKLY[start.weekday()])
            else:
                text = ngettext(
                    "Every %(count)s week, on %(weekday)s",
                    "Every %(count)s weeks, on %(weekday)s",
                    interval,
                ) % {"count": interval, "weekday": str(WEEKDAY_PLURAL[start.weekday()])}
        elif self.repeats == Repeats.MONTHLY_DAY:
            if interval == 1:
                text = str(_("Every month, on day %(day)s")) % {"day": start.day}
            else:
                text = ngettext(
                    "Every %(count)s month, on day %(day)s",
                    "Every %(count)s months, on day %(day)s",
                    interval,
                ) % {"count": interval, "day": start.day}
        else:
            phrase = str(MONTH_WEEKDAY[(self.month_position(), start.weekday())])
            if interval == 1:
                text = str(_("Every month, %(phrase)s")) % {"phrase": phrase}
            else:
                text = ngettext(
                    "Every %(count)s month, %(phrase)s",
                    "Every %(count)s months, %(phrase)s",
                    interval,
                ) % {"count": interval, "phrase": phrase}
        return text


def parse_dates(text: str) -> tuple[frozenset[datetime.date], list[str]]:
    """The dates of a list written one a line (``2027-02-17``; ``17.02.2027`` too), and the
    lines that are not dates."""
    dates: set[datetime.date] = set()
    bad: list[str] = []
    for raw in (text or "").replace(",", "\n").splitlines():
        line = raw.strip().rstrip(".")
        if not line:
            continue
        parsed = _parse_date(line)
        if parsed is None:
            bad.append(raw.strip())
        else:
            dates.add(parsed)
    return frozenset(dates), bad


def _parse_date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        return None


WEEKLY: dict[int, _StrPromise] = {
    0: _("Every Monday"),
    1: _("Every Tuesday"),
    2: _("Every Wednesday"),
    3: _("Every Thursday"),
    4: _("Every Friday"),
    5: _("Every Saturday"),
    6: _("Every Sunday"),
}

WEEKDAY_PLURAL: dict[int, _StrPromise] = {
    0: _("Mondays"),
    1: _("Tuesdays"),
    2: _("Wednesdays"),
    3: _("Thursdays"),
    4: _("Fridays"),
    5: _("Saturdays"),
    6: _("Sundays"),
}

#: "on the last Thursday": one string per position and weekday (the ordinal agrees with the
#: weekday's gender in Serbian and follows it in Albanian).
MONTH_WEEKDAY: dict[tuple[int, int], _StrPromise] = {
    (1, 0): _("on the first Monday"),
    (1, 1): _("on the first Tuesday"),
    (1, 2): _("on the first Wednesday"),
    (1, 3): _("on the first Thursday"),
    (1, 4): _("on the first Friday"),
    (1, 5): _("on the first Saturday"),
    (1, 6): _("on the first Sunday"),
    (2, 0): _("on the second Monday"),
    (2, 1): _("on the second Tuesday"),
    (2, 2): _("on the second Wednesday"),
    (2, 3): _("on the second Thursday"),
    (2, 4): _("on the second Friday"),
    (2, 5): _("on the second Saturday"),
    (2, 6): _("on the second Sunday"),
    (3, 0): _("on the third Monday"),
    (3, 1): _("on the third Tuesday"),
    (3, 2): _("on the third Wednesday"),
    (3, 3): _("on the third Thursday"),
    (3, 4): _("on the third Friday"),
    (3, 5): _("on the third Saturday"),
    (3, 6): _("on the third Sunday"),
    (4, 0): _("on the fourth Monday"),
    (4, 1): _("on the fourth Tuesday"),
    (4, 2): _("on the fourth Wednesday"),
    (4, 3): _("on the fourth Thursday"),
    (4, 4): _("on the fourth Friday"),
    (4, 5): _("on the fourth Saturday"),
    (4, 6): _("on the fourth Sunday"),
    (-1, 0): _("on the last Monday"),
    (-1, 1): _("on the last Tuesday"),
    (-1, 2): _("on the last Wednesday"),
    (-1, 3): _("on the last Thursday"),
    (-1, 4): _("on the last Friday"),
    (-1, 5): _("on the last Saturday"),
    (-1, 6): _("on the last Sunday"),
}
