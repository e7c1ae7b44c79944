"""Recurring events expand in local wall-clock time: weekly, monthly by day and by weekday
position, until a date or a number of times, without official holidays and cancelled dates, and
at the same local hour on both sides of a change of summer time."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from news.recurrence import CANCELLED, HOLIDAY, Repeats, Rule, parse_dates

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BELGRADE)


def starts(rule: Rule, start: datetime.datetime, end: datetime.datetime, **kw) -> list:
    return [o.start for o in rule.occurrences(start, end, **kw)]


def test_weekly_repeats_on_the_first_dates_weekday_until_the_last_day():
    rule = Rule(
        start=at(2027, 1, 6, 9),
        end=at(2027, 1, 6, 12),
        repeats=Repeats.WEEKLY,
        until=datetime.date(2027, 1, 27),
        skip_holidays=False,
    )
    found = starts(rule, at(2026, 12, 1), at(2027, 3, 1))
    assert [d.date() for d in found] == [
        datetime.date(2027, 1, 6),
        datetime.date(2027, 1, 13),
        datetime.date(2027, 1, 20),
        datetime.date(2027, 1, 27),
    ]
    assert all(d.hour == 9 and d.weekday() == 2 for d in found)
    ends = [o.end for o in rule.occurrences(at(2026, 12, 1), at(2027, 3, 1))]
    assert all(e.hour == 12 for e in ends)


def test_every_other_week_and_a_number_of_times():
    rule = Rule(
        start=at(2027, 1, 6),
        end=at(2027, 1, 6, 11),
        repeats=Repeats.WEEKLY,
        interval=2,
        count=3,
        skip_holidays=False,
    )
    found = starts(rule, at(2027, 1, 1), at(2028, 1, 1))
    assert [d.date() for d in found] == [
        datetime.date(2027, 1, 6),
        datetime.date(2027, 1, 20),
        datetime.date(2027, 2, 3),
    ]


def test_monthly_on_the_last_thursday():
    rule = Rule(
        start=at(2027, 1, 28),
        end=at(2027, 1, 28, 14),
        repeats=Repeats.MONTHLY_WEEKDAY,
        position=-1,
        until=datetime.date(2027, 6, 30),
        skip_holidays=False,
    )
    found = starts(rule, at(2027, 1, 1), at(2027, 12, 31))
    assert [d.date() for d in found] == [
        datetime.date(2027, 1, 28),
        datetime.date(2027, 2, 25),
        datetime.date(2027, 3, 25),
        datetime.date(2027, 4, 29),
        datetime.date(2027, 5, 27),
        datetime.date(2027, 6, 24),
    ]


def test_monthly_weekday_position_defaults_to_the_first_dates_week():
    # 12 January 2027 is the second Tuesday of its month.
    rule = Rule(
        start=at(2027, 1, 12),
        end=at(2027, 1, 12, 11),
        repeats=Repeats.MONTHLY_WEEKDAY,
        until=datetime.date(2027, 3, 31),
        skip_holidays=False,
    )
    found = starts(rule, at(2027, 1, 1), at(2027, 4, 1))
    assert [d.date() for d in found] == [
        datetime.date(2027, 1, 12),
        datetime.date(2027, 2, 9),
        datetime.date(2027, 3, 9),
    ]


def test_monthly_on_the_day_of_the_month():
    rule = Rule(
        start=at(2027, 1, 15),
        end=at(2027, 1, 15, 11),
        repeats=Repeats.MONTHLY_DAY,
        count=3,
        skip_holidays=False,
    )
    found = starts(rule, at(2027, 1, 1), at(2028, 1, 1))
    assert [d.date() for d in found] == [
        datetime.date(2027, 1, 15),
        datetime.date(2027, 2, 15),
        datetime.date(2027, 3, 15),
    ]


def test_an_official_holiday_is_skipped_by_default():
    # Independence Day, 17 February 2027, is a Wednesday.
    rule = Rule(
        start=at(2027, 2, 3, 9),
        end=at(2027, 2, 3, 12),
        repeats=Repeats.WEEKLY,
        until=datetime.date(2027, 3, 3),
    )
    found = [d.date() for d in starts(rule, at(2027, 2, 1), at(2027, 3, 10))]
    assert datetime.date(2027, 2, 17) not in found
    assert datetime.date(2027, 2, 10) in found and datetime.date(2027, 2, 24) in found
    marked = rule.occurrences(at(2027, 2, 1), at(2027, 3, 10), include_cancelled=True)
    assert [o.cancelled for o in marked if o.start.date() == datetime.date(2027, 2, 17)] == [
        HOLIDAY
    ]
    kept = Rule(**{**rule.__dict__, "skip_holidays": False})
    assert datetime.date(2027, 2, 17) in [
        d.date() for d in starts(kept, at(2027, 2, 1), at(2027, 3, 10))
    ]


def test_a_cancelled_date_does_not_take_place():
    dates, bad = parse_dates("2027-01-13\n20.01.2027\n")
    assert bad == []
    rule = Rule(
        start=at(2027, 1, 6),
        end=at(2027, 1, 6, 11),
        repeats=Repeats.WEEKLY,
        until=datetime.date(2027, 1, 27),
        cancelled_dates=dates,
        skip_holidays=False,
    )
    found = [d.date() for d in starts(rule, at(2027, 1, 1), at(2027, 2, 1))]
    assert found == [datetime.date(2027, 1, 6), datetime.date(2027, 1, 27)]
    marked = rule.occurrences(at(2027, 1, 1), at(2027, 2, 1), include_cancelled=True)
    assert [o.cancelled for o in marked] == ["", CANCELLED, CANCELLED, ""]


def test_parse_dates_reports_what_is_not_a_date():
    _dates, bad = parse_dates("2027-01-13\nnext Tuesday")
    assert bad == ["next Tuesday"]


@pytest.mark.parametrize(
    "first, before, after",
    [
        # The last Sunday of March 2027 is the 28th: summer time begins.
        (datetime.date(2027, 3, 21), datetime.timedelta(hours=1), datetime.timedelta(hours=2)),
        # The last Sunday of October 2027 is the 31st: summer time ends.
        (datetime.date(2027, 10, 24), datetime.timedelta(hours=2), datetime.timedelta(hours=1)),
    ],
    ids=["march", "october"],
)
def test_the_local_hour_stays_across_a_change_of_summer_time(first, before, after):
    rule = Rule(
        start=at(first.year, first.month, first.day, 10),
        end=at(first.year, first.month, first.day, 14),
        repeats=Repeats.WEEKLY,
        count=3,
        skip_holidays=False,
    )
    found = rule.occurrences(at(2027, 1, 1), at(2028, 1, 1))
    assert [o.start.hour for o in found] == [10, 10, 10]
    assert [o.end.hour for o in found] == [14, 14, 14]
    assert found[0].start.utcoffset() == before
    assert found[1].start.utcoffset() == after
    # In UTC the meeting moves by an hour: the wall clock does not.
    utc_hours = [o.start.astimezone(datetime.UTC).hour for o in found]
    assert utc_hours[0] != utc_hours[1]
    assert all(o.end - o.start == datetime.timedelta(hours=4) for o in found)


def test_an_occurrence_on_the_night_of_the_change_keeps_its_wall_clock_length():
    # 01:00-05:00 on 28 March 2027 is three real hours (02:00 does not exist that night).
    rule = Rule(
        start=at(2027, 3, 21, 1),
        end=at(2027, 3, 21, 5),
        repeats=Repeats.WEEKLY,
        count=2,
        skip_holidays=False,
    )
    found = rule.occurrences(at(2027, 3, 1), at(2027, 4, 1))
    assert [(o.start.hour, o.end.hour) for o in found] == [(1, 5), (1, 5)]


def test_next_occurrences_after_a_moment():
    rule = Rule(
        start=at(2027, 1, 6, 9),
        end=at(2027, 1, 6, 12),
        repeats=Repeats.WEEKLY,
        until=datetime.date(2027, 12, 31),
        skip_holidays=False,
    )
    found = rule.next_occurrences(3, after=at(2027, 5, 1))
    assert [o.start.date() for o in found] == [
        datetime.date(2027, 5, 5),
        datetime.date(2027, 5, 12),
        datetime.date(2027, 5, 19),
    ]
    assert rule.next_occurrences(5, after=at(2028, 1, 1)) == []
    single = Rule(start=at(2027, 1, 6), end=at(2027, 1, 6, 11))
    assert len(single.next_occurrences(5, after=at(2027, 1, 1))) == 1
    assert single.next_occurrences(5, after=at(2027, 2, 1)) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("sq", "Çdo muaj, të enjten e fundit"),
        ("sr-latn", "Svakog meseca, poslednjeg četvrtka"),
        ("en", "Every month, on the last Thursday"),
    ],
)
def test_the_rule_in_words_in_each_language(language, text):
    rule = Rule(
        start=at(2027, 1, 28),
        end=at(2027, 1, 28, 14),
        repeats=Repeats.MONTHLY_WEEKDAY,
        position=-1,
        count=12,
    )
    with translation.override(language):
        assert rule.summary() == text
