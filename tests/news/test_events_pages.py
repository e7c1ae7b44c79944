"""The events section and its events render in the three languages, list what comes next
(recurring series expanded) before what has been, filter by kind and dates, validate their
dates in the editor, and appear in the pages API."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.html import escape

from news.events import EventIndexPage, EventKind, EventPage
from news.recurrence import Repeats
from tests.news.event_factories import add_event, events_index

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
ASSEMBLY = {
    "sq": "Seanca e Kuvendit Komunal",
    "sr-latn": "Sednica Skupštine opštine",
    "en": "Session of the Municipal Assembly",
}
EVERY = {
    "sq": "Çdo muaj, të enjten e fundit",
    "sr-latn": "Svakog meseca, poslednjeg četvrtka",
    "en": "Every month, on the last Thursday",
}


def page_in(model, language):
    return model.objects.filter(locale__language_code=language).order_by("path").first()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_events_section_lists_the_coming_dates_of_the_series(client, language):
    index = page_in(EventIndexPage, language)
    response = client.get(index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert escape(ASSEMBLY[language]) in html
    occurrences = response.context["occurrences"]
    assert occurrences == sorted(occurrences, key=lambda o: o.start)
    assert all(o.end > timezone.now() for o in occurrences)
    # The weekly citizens' day is listed once per coming Wednesday, not once.
    weekly = [o for o in occurrences if o.event.kind == EventKind.CITIZENS_DAY]
    assert len(weekly) >= 10
    assert len({o.start.date() for o in weekly}) == len(weekly)
    # The past press conference comes below, among past events (with the debates held).
    past = [e.kind for e in response.context["past_events"]]
    assert EventKind.PRESS_CONFERENCE in past
    assert EventKind.CITIZENS_DAY not in past
    assert 'type="text/calendar"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_page_renders_with_its_rule_and_next_dates(client, language):
    page = EventPage.objects.get(locale__language_code=language, kind=EventKind.ASSEMBLY_SESSION)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f">{escape(page.title)}</h1>" in html
    assert escape(EVERY[language]) in html
    assert len(response.context["next_dates"]) == 5
    assert all(o.start.weekday() == 3 for o in response.context["next_dates"])
    assert 'rel="alternate" type="text/calendar"' in html


def test_the_kind_filter_keeps_one_kind(client):
    index = events_index("en")
    response = client.get(index.url, {"kind": "press_conference"})
    assert response.status_code == 200
    kinds = {o.event.kind for o in response.context["occurrences"]}
    assert kinds == {EventKind.PRESS_CONFERENCE}
    assert 'value="press_conference" selected' in response.content.decode()


def test_public_debates_link_works(client):
    index = events_index("sq")
    debate = add_event(index, "Debat publik për buxhetin", kind=EventKind.PUBLIC_DEBATE)
    response = client.get(index.url, {"kind": "public_debate"})
    assert response.status_code == 200
    listed = response.context["occurrences"]
    # Beside the demo's consultation (in the public debates' section below the events).
    assert debate.pk in [o.event.pk for o in listed]
    assert {o.event.kind for o in listed} == {EventKind.PUBLIC_DEBATE}


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2027-02-30"])
def test_a_date_out_of_range_is_said_not_a_server_error(client, day):
    response = client.get(events_index("en").url, {"from": day, "to": day})
    assert response.status_code == 200
    assert response.context["bad_dates"]


def test_an_unknown_kind_or_bad_dates_are_said_not_refused(client):
    index = events_index("sr-latn")
    response = client.get(index.url, {"kind": "picnic", "from": "yesterday"})
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["unknown_kind"] and response.context["bad_dates"]
    assert "Nema takve vrste događaja" in html


def test_the_date_filter_lists_the_dates_in_the_window(client):
    index = events_index("en")
    today = timezone.localdate()
    start = today + datetime.timedelta(days=7)
    end = start + datetime.timedelta(days=13)
    response = client.get(index.url, {"from": start.isoformat(), "to": end.isoformat()})
    found = response.context["occurrences"]
    assert found
    for occurrence in found:
        day = timezone.localtime(occurrence.start).date()
        assert start <= day <= end
    assert response.context["past_events"] == []


def test_upcoming_gives_the_next_dates_for_the_home_page():
    index = events_index("sq")
    coming = index.upcoming(3)
    assert len(coming) == 3
    assert coming == sorted(coming, key=lambda o: o.start)
    assert all(o.end > timezone.now() for o in coming)


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"hours": -1}, "end", "The event must end after it starts."),
        ({"repeats": Repeats.WEEKLY}, "repeat_until", "needs an end"),
        (
            {"repeats": Repeats.WEEKLY, "repeat_until": datetime.date(2000, 1, 1)},
            "repeat_until",
            "must end after its first date",
        ),
        ({"cancelled_dates": "soon"}, "cancelled_dates", "soon"),
    ],
)
def test_the_editor_is_told_what_is_wrong_with_the_dates(fields, field, message):
    hours = fields.pop("hours", 2)
    start = timezone.now()
    page = EventPage(
        title="Test", slug="test", start=start, end=start + datetime.timedelta(hours=hours)
    )
    for name, value in fields.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as raised:
        page.clean()
    with translation.override("en"):
        assert any(message in str(m) for m in raised.value.message_dict[field])


@pytest.mark.parametrize(
    "language, message",
    [
        ("sq", "Ngjarja duhet të mbarojë pasi fillon."),
        ("sr-latn", "Događaj mora da se završi posle početka."),
        ("en", "The event must end after it starts."),
    ],
)
def test_the_editors_message_is_translated(language, message):
    start = timezone.now()
    page = EventPage(title="Test", slug="test", start=start, end=start)
    with pytest.raises(ValidationError) as raised:
        page.clean()
    with translation.override(language):
        assert [str(m) for m in raised.value.message_dict["end"]] == [message]


def test_the_series_fields_are_copied_to_translations_not_translated():
    from wagtail_localize.fields import get_translatable_fields

    fields = {f.field_name: type(f).__name__ for f in get_translatable_fields(EventPage)}
    for name in ("repeats", "repeat_position", "cancelled_dates", "start", "end"):
        assert fields.get(name, "SynchronizedField") == "SynchronizedField"
    assert fields["hall"] == "TranslatableField"


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_are_in_the_pages_api(client, language):
    response = client.get(
        "/api/v3/pages/",
        {"type": "news.EventPage", "locale": language, "fields": "kind,start,upcoming_dates"},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    titles = [item["title"] for item in items]
    assert ASSEMBLY[language] in titles
    assembly = next(item for item in items if item["title"] == ASSEMBLY[language])
    assert assembly["kind"] == "assembly_session"
    assert len(assembly["upcoming_dates"]) == 5


@pytest.mark.parametrize(
    "language, word",
    [("sq", "anuluar"), ("sr-latn", "otkazano"), ("en", "cancelled")],
)
def test_a_cancelled_date_is_shown_struck_out_among_the_next_dates(client, language, word):
    page = EventPage.objects.get(locale__language_code=language, kind=EventKind.CITIZENS_DAY)
    response = client.get(page.url)
    dates = response.context["next_dates"]
    assert [o.cancelled for o in dates].count("cancelled") == 1
    html = response.content.decode()
    assert html.count("<del>") == 1
    assert f"</del> <strong>{word}</strong>" in html


def test_translations_share_the_series_dates():
    source = EventPage.objects.get(locale__language_code="sq", kind=EventKind.CITIZENS_DAY)
    for page in EventPage.objects.filter(translation_key=source.translation_key):
        assert (page.start, page.end, page.repeats, page.repeat_until) == (
            source.start,
            source.end,
            source.repeats,
            source.repeat_until,
        )
        assert page.cancelled_dates == source.cancelled_dates != ""
    assert EventPage.objects.filter(translation_key=source.translation_key).count() == 3


def test_the_sections_atom_feed_lists_the_events(client):
    index = events_index("sr-latn")
    response = client.get(index.url + "feed/")
    assert response.status_code == 200
    assert "Sednica Skupštine opštine" in response.content.decode()
