"""Each page type of the section renders in the three languages and is in the API with its
fields and translations."""

import pytest
from django.utils.html import escape

from diaspora.models import (
    DiasporaAssociationsPage,
    DiasporaEventPage,
    DiasporaIndexPage,
    DiasporaNewsPage,
    DiasporaServicePage,
)
from tests.diaspora.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

MODELS = [
    DiasporaIndexPage,
    DiasporaNewsPage,
    DiasporaEventPage,
    DiasporaServicePage,
    DiasporaAssociationsPage,
]
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_each_page_type_renders_in_its_language(client, section, model, language):
    page = section(model, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert f">{escape(page.title)}</h1>" in html


@pytest.mark.parametrize(
    "language, title, kinds, dates",
    [
        ("sq", "Dita e Shën Pjetrit", ["Takim", "Koncert"], "korrik"),
        ("sr-latn", "Petrovdan", ["Sastanak", "Koncert"], "jul"),
        ("en", "St. Peter's Day", ["Meeting", "Concert"], "July"),
    ],
)
def test_the_gathering_shows_its_dates_place_and_programme(
    client, section, language, title, kinds, dates
):
    page = section(DiasporaEventPage, language)
    html = client.get(page.url).content.decode()
    assert title in page.title and escape(page.title) in html
    for kind in kinds:
        assert kind in html
    assert dates in html
    assert page.place in html
    assert html.count('class="programme-item"') == 5


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_leads_to_news_gathering_services_and_directory(client, section, language):
    index = section(DiasporaIndexPage, language)
    html = client.get(index.url).content.decode()
    assert section(DiasporaEventPage, language).url in html
    assert section(DiasporaAssociationsPage, language).url in html
    for service in DiasporaServicePage.objects.child_of(index):
        assert service.url in html
    for news in DiasporaNewsPage.objects.child_of(index):
        assert news.url in html


@pytest.mark.parametrize(
    "model, fields",
    [
        (DiasporaIndexPage, ["intro"]),
        (DiasporaNewsPage, ["intro", "date", "body"]),
        (
            DiasporaEventPage,
            ["start_date", "end_date", "place", "programme", "registration_accepted"],
        ),
        (DiasporaServicePage, ["intro", "body"]),
        (DiasporaAssociationsPage, ["intro", "associations_url"]),
    ],
    ids=lambda value: getattr(value, "__name__", "fields"),
)
def test_each_page_type_is_listed_in_the_api_with_its_fields(client, model, fields):
    kind = f"diaspora.{model.__name__}"
    response = client.get(f"/api/v3/pages/?type={kind}&fields=*&locale=sr-latn")
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert items
    for item in items:
        for field in fields:
            assert field in item, field
        assert {t["locale"] for t in item["translations"]} == {"sq", "en"}


def test_the_gathering_in_the_api_has_its_programme_and_where_to_register(client, section):
    event = section(DiasporaEventPage, "en")
    data = client.get(f"/api/v3/pages/{event.pk}/").json()
    assert data["place"] == "Klokot"
    first = data["programme"][0]
    assert first["type"] == "item"
    assert first["value"]["kind"] == "meeting" and first["value"]["kind_label"] == "Meeting"
    assert data["interest_url"] == f"/api/v3/diaspora/events/{event.pk}/interest/"
    assert data["registration_accepted"] is True


def test_editors_get_one_diaspora_section_per_parent(home):
    assert not DiasporaIndexPage.can_create_at(home)
    assert DiasporaEventPage.allowed_parent_page_models() == [DiasporaIndexPage]
