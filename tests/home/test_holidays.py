"""Kosovo's holidays (the holidays library, country XK) with what editors add: the announced
dates of estimated feasts and the municipal and international days; and the working-day
arithmetic every app counts deadlines with."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home import holidays
from home.calendar_days import HolidayCorrection, MarkedDay

pytestmark = pytest.mark.django_db

D = datetime.date


def names(start, end, language, kinds=None):
    return [(day.date, day.name) for day in holidays.days_between(start, end, language, kinds)]


def official_on(date, language="sq"):
    return [day for day in holidays.official_holidays(date.year, language) if day.date == date]


def municipal_day_off(date, name="Dita e Komunës (provë)", every_year=True):
    return MarkedDay.objects.create(
        locale=Locale.objects.get(language_code="sq"),
        name=name,
        kind=MarkedDay.Kind.MUNICIPAL,
        date=date,
        every_year=every_year,
        day_off=True,
    )


# --- Working days ----------------------------------------------------------------------------


def test_working_days_skip_weekends_and_official_holidays():
    # 2026: New Year on Thursday and Friday, Orthodox Christmas on Wednesday 7 January.
    assert holidays.working_days_between(D(2025, 12, 31), D(2026, 1, 9)) == 4
    assert holidays.working_days_between(D(2026, 1, 12), D(2026, 1, 16)) == 4  # Mon not counted
    assert holidays.working_days_between(D(2026, 1, 9), D(2026, 1, 9)) == 0
    assert not holidays.is_working_day(D(2026, 1, 7))
    assert not holidays.is_working_day(D(2026, 1, 10))  # a Saturday
    assert holidays.is_working_day(D(2026, 1, 8))


def test_a_holiday_on_a_weekend_is_observed_on_the_next_working_day():
    # 2 January 2027 is a Saturday: offices close on Monday the 4th.
    [observed] = [day for day in official_on(D(2027, 1, 4), "en") if day.observed]
    assert observed.name == "New Year's Day (observed)" and observed.day_off
    assert not holidays.is_working_day(D(2027, 1, 4))
    # 1 May 2027 (Saturday) and Orthodox Easter (Sunday 2 May) close Monday and Tuesday.
    assert not holidays.is_working_day(D(2027, 5, 3))
    assert not holidays.is_working_day(D(2027, 5, 4))
    assert holidays.is_working_day(D(2027, 5, 5))


def test_add_working_days_across_new_year():
    assert holidays.add_working_days(D(2025, 12, 31), 1) == D(2026, 1, 5)
    # Friday 1 January 2027 and the Saturday's observed Monday: Tuesday the 5th.
    assert holidays.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 5)
    assert holidays.add_working_days(D(2026, 12, 23), 3) == D(2026, 12, 29)  # 25th a Friday


def test_add_working_days_across_orthodox_easter():
    # Orthodox Easter 2026 is Sunday 12 April: Monday the 13th is its observed day off.
    assert holidays.add_working_days(D(2026, 4, 10), 1) == D(2026, 4, 14)
    # Catholic Easter's Monday (6 April) and Constitution Day (Thursday 9 April) too.
    assert holidays.add_working_days(D(2026, 4, 3), 4) == D(2026, 4, 14)
    assert holidays.add_working_days(D(2026, 4, 3), 0) == D(2026, 4, 3)
    with pytest.raises(ValueError):
        holidays.add_working_days(D(2026, 4, 3), -1)


def test_a_municipal_day_off_is_skipped_and_an_international_day_is_not():
    monday = D(2026, 6, 15)
    assert holidays.is_working_day(monday)
    municipal_day_off(D(2020, 6, 15))
    assert not holidays.is_working_day(monday)
    assert holidays.working_days_between(D(2026, 6, 12), D(2026, 6, 16)) == 1
    assert holidays.add_working_days(D(2026, 6, 12), 1) == D(2026, 6, 16)
    # The demo's International Day of Persons with Disabilities (Thursday 3 December) is
    # marked, and offices are open.
    [day] = holidays.days_between(D(2026, 12, 3), D(2026, 12, 3), "en")
    assert day.kind == holidays.INTERNATIONAL and not day.day_off
    assert holidays.is_working_day(D(2026, 12, 3))


def test_a_one_off_municipal_day_is_marked_in_its_year_only():
    municipal_day_off(D(2026, 6, 16), every_year=False)
    assert not holidays.is_working_day(D(2026, 6, 16))
    assert holidays.is_working_day(D(2027, 6, 16))


# --- Estimated feasts and their announced dates -----------------------------------------------


def test_an_estimated_feast_is_flagged_until_an_editor_confirms_it():
    [eid] = official_on(D(2026, 3, 20))
    assert eid.key == "Eid al-Fitr" and eid.estimated
    assert eid.name == "Bajrami i Madh, dita e parë"  # the marker is the flag, not the name
    HolidayCorrection.objects.create(
        key="Eid al-Fitr", year=2026, estimated_date=D(2026, 3, 20), date=D(2026, 3, 20)
    )
    [eid] = official_on(D(2026, 3, 20))
    assert not eid.estimated


def test_a_corrected_date_counts_everywhere_and_moves_its_observed_day():
    HolidayCorrection.objects.create(
        key="Eid al-Fitr", year=2026, estimated_date=D(2026, 3, 20), date=D(2026, 3, 21)
    )
    assert official_on(D(2026, 3, 20)) == []
    assert holidays.is_working_day(D(2026, 3, 20))
    [eid] = official_on(D(2026, 3, 21), "sr-latn")
    assert eid.name == "Ramazanski bajram, prvi dan" and not eid.estimated
    # A Saturday: the day off is on Monday.
    [observed] = official_on(D(2026, 3, 23), "sr-latn")
    assert observed.observed and observed.name == "Ramazanski bajram, prvi dan (slobodan dan)"
    assert not holidays.is_working_day(D(2026, 3, 23))
    assert holidays.add_working_days(D(2026, 3, 19), 1) == D(2026, 3, 20)
    assert holidays.add_working_days(D(2026, 3, 20), 1) == D(2026, 3, 24)


def test_confirming_a_weekday_drops_the_librarys_observed_day():
    # The library estimates Eid al-Adha 2027 on Sunday 16 May, observed on Monday the 17th.
    assert [d.observed for d in official_on(D(2027, 5, 17))] == [True]
    HolidayCorrection.objects.create(
        key="Eid al-Adha", year=2027, estimated_date=D(2027, 5, 16), date=D(2027, 5, 17)
    )
    [eid] = official_on(D(2027, 5, 17), "en")
    assert eid.name == "Eid al-Adha, first day" and not eid.observed and not eid.estimated
    assert official_on(D(2027, 5, 16)) == []
    assert holidays.is_working_day(D(2027, 5, 18))


def test_a_correction_still_applies_when_the_librarys_estimate_moves():
    # Confirmed against an older estimate (the 19th): keyed by the feast and its year.
    HolidayCorrection.objects.create(
        key="Eid al-Fitr", year=2026, estimated_date=D(2026, 3, 19), date=D(2026, 3, 19)
    )
    assert official_on(D(2026, 3, 20)) == []
    [eid] = official_on(D(2026, 3, 19))
    assert eid.key == "Eid al-Fitr" and not eid.estimated
    assert not holidays.is_working_day(D(2026, 3, 19))


# --- Names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "labour", "independence"),
    [
        ("sq", "Dita Ndërkombëtare e Punës", "Dita e Pavarësisë së Republikës së Kosovës"),
        ("sr-latn", "Međunarodni dan rada", "Dan nezavisnosti Republike Kosovo"),
        ("en", "International Labour Day", "Independence Day"),
    ],
)
def test_holidays_are_named_in_each_language(language, labour, independence):
    found = dict(names(D(2026, 1, 1), D(2026, 12, 31), language, [holidays.OFFICIAL]))
    assert found[D(2026, 5, 1)] == labour
    assert found[D(2026, 2, 17)] == independence
    # The library's "observed" marker follows our name.
    assert (
        found[D(2026, 5, 11)]
        == {
            "sq": "Dita e Evropës (ditë pushimi e shtyrë)",
            "sr-latn": "Dan Evrope (slobodan dan)",
            "en": "Europe Day (observed)",
        }[language]
    )


def test_serbian_names_capitalise_only_the_first_word_and_proper_names():
    for day in holidays.official_holidays(2026, "sr-latn"):
        words = day.name.split(" (")[0].replace(",", "").split()
        proper = {"Republike", "Kosovo", "Ustava", "Evrope", "Božić", "Uskrs"}
        assert all(w[0].islower() or w in proper for w in words[1:]), day.name


def test_the_language_defaults_to_the_active_one(settings):
    from django.utils import translation

    with translation.override("sr-latn"):
        assert official_on(D(2026, 1, 7), None)[0].name == "Pravoslavni Božić"
    assert official_on(D(2026, 1, 7), "sr-Latn")[0].name == "Pravoslavni Božić"
    assert official_on(D(2026, 1, 7), "xx")[0].name == "Krishtlindjet Ortodokse"


def test_the_demo_marks_international_and_municipal_days_in_every_language():
    day = D(2026, 9, 28)
    assert names(day, day, "sq") == [(day, "Dita Ndërkombëtare e Qasjes Universale në Informacion")]
    assert names(day, day, "sr-latn") == [
        (day, "Međunarodni dan univerzalnog pristupa informacijama")
    ]
    assert names(day, day, "en") == [(day, "International Day for Universal Access to Information")]
    petrovdan = D(2027, 7, 12)
    [marked] = holidays.days_between(petrovdan, petrovdan, "sr-latn")
    assert (marked.name, marked.kind, marked.day_off) == ("Petrovdan", "municipal", False)
    assert "dijaspore" in marked.description
    assert marked.key.startswith("municipal:")


def test_an_untranslated_marked_day_shows_in_the_source_language():
    municipal_day_off(D(2026, 6, 15), name="Dita provë")
    assert names(D(2026, 6, 15), D(2026, 6, 15), "en") == [(D(2026, 6, 15), "Dita provë")]


def test_a_translation_not_synchronised_yet_keeps_the_sources_date_and_day_off():
    press = MarkedDay.objects.get(
        locale__language_code="sq", name="Dita Botërore e Lirisë së Shtypit"
    )
    MarkedDay.objects.filter(pk=press.pk).update(date=D(2019, 5, 4), day_off=True)
    # The Serbian version still says 3 May and no day off until it is synchronised.
    [day] = holidays.days_between(D(2026, 5, 1), D(2026, 5, 10), "sr-latn", ["international"])
    assert (day.date, day.day_off, day.name) == (D(2026, 5, 4), True, "Svetski dan slobode medija")
    assert not holidays.is_working_day(D(2026, 5, 4))


def test_the_demo_has_the_holidays_of_this_year_and_the_next():
    from django.utils import timezone

    this_year = timezone.localdate().year
    for year in (this_year, this_year + 1):
        for language in ("sq", "sr-latn", "en"):
            days = holidays.days_between(D(year, 1, 1), D(year, 12, 31), language)
            kinds = {day.kind for day in days}
            assert kinds == {"official", "municipal", "international"}
            assert len([day for day in days if day.kind == "official"]) >= 12
            assert all(day.name for day in days)


def test_kinds_filter_and_order_on_one_date():
    MarkedDay.objects.create(
        locale=Locale.objects.get(language_code="sq"),
        name="Dita ndërkombëtare provë",
        kind=MarkedDay.Kind.INTERNATIONAL,
        date=D(2026, 1, 1),
    )
    days = holidays.days_between(D(2026, 1, 1), D(2026, 1, 1), "sq")
    assert [day.kind for day in days] == ["official", "international"]
    only = holidays.days_between(D(2026, 1, 1), D(2026, 1, 1), "sq", ["international"])
    assert [day.name for day in only] == ["Dita ndërkombëtare provë"]


# --- Queries ---------------------------------------------------------------------------------


def test_the_number_of_queries_does_not_grow_with_the_range():
    municipal_day_off(D(2020, 6, 15))
    HolidayCorrection.objects.create(
        key="Eid al-Fitr", year=2026, estimated_date=D(2026, 3, 20), date=D(2026, 3, 21)
    )
    counts = []
    for end in (D(2026, 1, 31), D(2026, 12, 31), D(2028, 12, 31)):
        with CaptureQueriesContext(connection) as queries:
            holidays.days_between(D(2026, 1, 1), end, "sr-latn")
        counts.append(len(queries))
    assert counts == [2, 2, 2]
    with CaptureQueriesContext(connection) as queries:
        holidays.add_working_days(D(2026, 1, 1), 200)
        holidays.working_days_between(D(2026, 1, 1), D(2026, 12, 31))
    assert len(queries) <= 6


def test_the_ends_of_the_calendar_do_not_break_it():
    assert holidays.days_between(D(1, 1, 1), D(1, 1, 31), "en") == []
    assert holidays.days_between(D(9999, 12, 1), D(9999, 12, 31), "en", ["official"]) == []
    assert holidays.days_between(D(2026, 2, 1), D(2026, 1, 1)) == []


def test_the_demo_days_load_once_in_three_languages():
    from home import demo_holidays

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    before = MarkedDay.objects.count()
    assert before == 6 * 3
    demo_holidays.load(locales)
    assert MarkedDay.objects.count() == before
    assert not MarkedDay.objects.filter(kind="international", day_off=True).exists()
