"""The home of public debates: below the events, it shows what is open for comments, the
debates held and the year's public meetings, in each language; the home page's card leads to
it and the events section lists its debates among the events."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from news.debates import DebateIndexPage, PublicDebatePage, debates_held
from news.events import EventIndexPage
from tests.news.debate_factories import concluded_debate, open_debate

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")
HEADINGS = {
    "sq": ("Debatet publike", "Të hapura për komente", "Debatet e mbajtura"),
    "sr-latn": ("Javne debate", "Otvoreno za komentare", "Održane debate"),
    "en": ("Public debates", "Open for comments", "Debates held"),
}
MEETINGS = {
    "sq": "Takime publike të mbajtura në vitin {year}: {held}. Komuna mban të paktën 2 në vit.",
    "sr-latn": "Javni sastanci održani u {year}. godini: {held}. Opština održava najmanje 2 "
    "godišnje.",
    "en": "Public meetings held in {year}: {held}. The municipality holds at least 2 a year.",
}


def debates_in(language: str) -> DebateIndexPage:
    return DebateIndexPage.objects.get(locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_debates_page_shows_the_open_consultation_and_the_debates_held(client, language):
    index = debates_in(language)
    assert isinstance(index.get_parent().specific, EventIndexPage)
    response = client.get(index.url)
    assert response.status_code == 200
    html = response.content.decode()
    title, open_heading, held_heading = HEADINGS[language]
    assert f">{title}</h1>" in html
    opened = html.index(f">{open_heading}</h2>")
    held = html.index(f">{held_heading}</h2>")
    consultation, strategy = open_debate(language), concluded_debate(language)
    # Open first, the concluded debate on the strategy among the debates held.
    assert opened < html.index(consultation.url) < held < html.index(strategy.url)
    year = timezone.localdate().year
    assert MEETINGS[language].format(year=year, held=debates_held(year)) in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_pages_public_debates_card_leads_to_the_debates(client, language):
    html = client.get(f"/{language}/").content.decode()
    title = HEADINGS[language][0]
    (href,) = re.findall(rf'<h3><a href="([^"]+)">{title}</a></h3>', html)
    assert href == debates_in(language).url


def test_the_events_section_lists_the_debates_below_it(client):
    events = EventIndexPage.objects.get(locale__language_code="sq")
    debate = open_debate("sq")
    assert debate.get_parent().specific_class is DebateIndexPage
    assert PublicDebatePage.objects.filter(pk=debate.pk).exists()
    assert debate.pk in {event.pk for event in events.events()}
    html = client.get(events.url, {"kind": "public_debate", "to": ""}).content.decode()
    assert debate.title in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_debates_page_is_in_the_pages_api(client, language):
    response = client.get(
        "/api/v3/pages/",
        {"type": "news.DebateIndexPage", "locale": language, "fields": "debates_url"},
    )
    (item,) = response.json()["items"]
    assert item["debates_url"].endswith(f"?locale={language}")
    debates = client.get(item["debates_url"]).json()
    assert {debate["locale"] for debate in debates["items"]} == {language}


def test_editors_add_a_debate_only_in_the_debates_section():
    assert PublicDebatePage.allowed_parent_page_models() == [DebateIndexPage]
    assert DebateIndexPage in EventIndexPage.allowed_subpage_models()
    assert Page.objects.type(DebateIndexPage).count() == 3
