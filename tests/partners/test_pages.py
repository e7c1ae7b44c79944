"""Every page type of the partners section renders in the three languages and is in the page
API with its fields; the municipality page's facts and gallery speak the page's language."""

import pytest

from tests.partners.conftest import LANGUAGES
from tests.partners.factories import PartnerMunicipalityPageFactory

pytestmark = pytest.mark.django_db

#: ``<html lang>``, as BCP 47 writes each language.
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}

#: What each language's pages say (their own titles, the country's and the kind's names).
EXPECTED = {
    "sq": {"country": "Polonia", "kind": "Binjakëzim", "alt": "Ilustrim: ndërtesa e Komunës"},
    "sr-latn": {"country": "Poljska", "kind": "Bratimljenje", "alt": "Ilustracija: zgrada"},
    "en": {"country": "Poland", "kind": "Twinning", "alt": "Illustration: the building"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_lists_the_partner_and_the_news_in_its_language(
    client, language, section, partner, news
):
    response = client.get(section[language].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert section[language].title in html
    assert partner[language].url in html and news[language].title in html
    assert EXPECTED[language]["country"] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_partner_page_shows_the_partnership_in_its_language(client, language, partner):
    page = partner[language]
    html = client.get(page.url).content.decode()
    assert "Piękożoń" in html
    assert EXPECTED[language]["country"] in html and EXPECTED[language]["kind"] in html
    # The action plan's figure, as the language writes amounts.
    assert ("€1,200.00" if language == "en" else "1.200,00\xa0€") in html
    # The gallery's alternative text was translated with the page.
    assert f'alt="{EXPECTED[language]["alt"]}' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_news_page_renders_in_its_language(client, language, news):
    page = news[language]
    html = client.get(page.url).content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert page.title in html and 'datetime="2019-07-01"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_page_lists_the_organisations_in_its_language(client, language, directory):
    html = client.get(directory[language].url).content.decode()
    osce = {"sq": "Misioni i OSBE-së", "sr-latn": "Misija OEBS", "en": "OSCE Mission"}
    assert osce[language] in html
    assert "https://www.osce.org/mission-in-kosovo" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_partner_is_in_the_page_api_with_its_fields(client, language, partner):
    response = client.get(
        "/api/v3/pages/",
        {"type": "partners.PartnerMunicipalityPage", "fields": "*", "locale": language},
    )
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["id"] == partner[language].pk
    assert item["name"] == "Piękożoń" and item["country"] == "PL"
    assert item["country_name"] == EXPECTED[language]["country"]
    assert item["kind"] == "twinning" and item["kind_label"] == EXPECTED[language]["kind"]
    values = [project["value"]["value_eur"] for project in item["projects"]]
    assert values == [None, "1200.00"]
    (photo,) = item["gallery"]
    assert photo["value"]["image"]["alt"].startswith(EXPECTED[language]["alt"])
    assert photo["value"]["image"]["renditions"]["medium"]["url"].startswith("http")
    assert sorted(t["locale"] for t in item["translations"]) == sorted(
        code for code in LANGUAGES if code != language
    )


def test_the_page_api_filters_partners_by_country(client, section):
    PartnerMunicipalityPageFactory(parent=section["sq"], country="RS").save_revision().publish()
    listed = {
        country: [
            item["country"]
            for item in client.get(
                "/api/v3/pages/",
                {
                    "type": "partners.PartnerMunicipalityPage",
                    "fields": "country",
                    "locale": "sq",
                    "country": country,
                },
            ).json()["items"]
        ]
        for country in ("PL", "RS", "DE")
    }
    assert listed == {"PL": ["PL"], "RS": ["RS"], "DE": []}


@pytest.mark.parametrize(
    "page_type, fields",
    [
        ("partners.PartnerNewsPage", {"date", "body", "intro"}),
        ("partners.PartnerIndexPage", {"intro"}),
        ("partners.InternationalPartnersPage", {"organisations"}),
    ],
)
def test_the_other_page_types_are_in_the_page_api(client, page_type, fields):
    response = client.get("/api/v3/pages/", {"type": page_type, "fields": "*", "locale": "en"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert items and fields <= set(items[0])
    if page_type == "partners.InternationalPartnersPage":
        names = [entry["name"] for entry in items[0]["organisations"]]
        assert "OSCE Mission in Kosovo" in names
