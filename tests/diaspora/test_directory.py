"""The directory of associations abroad: filterable by country on the site (an accessible form
that works without JavaScript) and in the API, in every language."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diaspora.models import (
    DiasporaAssociation,
    DiasporaAssociationsPage,
    DiasporaIndexPage,
    DiasporaNewsPage,
)
from tests.diaspora.factories import DiasporaAssociationFactory

pytestmark = pytest.mark.django_db

API = "/api/v3/diaspora/associations/"


def test_the_site_filters_by_country_and_announces_the_count(client, section):
    page = section(DiasporaAssociationsPage, "sr-latn")
    html = client.get(page.url).content.decode()
    # The countries that have associations, named in Serbian; a labelled select and a button.
    assert '<label for="id_country">Zemlja</label>' in html
    assert '<option value="DE">Nemačka</option>' in html
    assert '<option value="US">Sjedinjene Američke Države</option>' in html
    assert 'value="FR"' not in html
    assert "6 udruženja" in html
    response = client.get(page.url, {"country": "DE"})
    html = response.content.decode()
    assert '<option value="DE" selected>Nemačka</option>' in html
    assert '<p role="status" class="result-count">2 udruženja</p>' in html
    assert "Štutgart" in html and "Minhen" in html
    assert "Beč" not in html and "Njujork" not in html


def test_an_unknown_country_on_the_site_shows_all_and_says_so(client, section):
    page = section(DiasporaAssociationsPage, "en")
    response = client.get(page.url, {"country": "ZZ"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No association is listed for this country" in html
    assert "6 associations" in html


def test_the_api_filters_by_country_in_the_language_asked(client):
    data = client.get(API, {"locale": "sr-latn", "country": "de"}).json()
    assert data["count"] == 2
    assert {item["city"] for item in data["items"]} == {"Štutgart", "Minhen"}
    item = data["items"][0]
    assert item["locale"] == "sr-latn" and item["country"] == "DE"
    assert item["country_name"] == "Nemačka"
    assert {t["locale"] for t in item["translations"]} == {"sq", "en"}
    everything = client.get(API, {"locale": "en", "limit": 4, "offset": 4}).json()
    assert everything["count"] == 6 and len(everything["items"]) == 2


@pytest.mark.parametrize(
    "params, language, message",
    [
        ({"country": "ZZ"}, "sr-latn", "Nepoznata zemlja: ZZ."),
        ({"country": "ZZ"}, "sq", "Shtet i panjohur: ZZ."),
        ({"limit": "0"}, "en", None),
        ({"limit": "abc"}, "en", None),
        ({"offset": "-1"}, "en", None),
        ({"locale": "de"}, "en", None),
    ],
)
def test_bad_parameters_get_a_translated_400_problem(client, params, language, message):
    response = client.get(API, params, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 400 and problem["errors"]
    if message:
        assert problem["detail"] == message


def _queries(client, url: str, params: dict | None = None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


def _add_associations(count: int, locales) -> None:
    for n in range(count):
        source = DiasporaAssociationFactory(name=f"Klubi {n}", country="CH" if n % 2 else "DE")
        source.copy_for_translation(locales["en"]).save()


def test_the_directory_and_its_api_cost_the_same_queries_for_10_and_100(client, section, locales):
    page = section(DiasporaAssociationsPage, "sq")
    client.get(page.url)  # warm the site's caches (settings, site root)
    _add_associations(10, locales)
    ten = (
        _queries(client, page.url),
        _queries(client, page.url, {"country": "DE"}),
        _queries(client, API, {"limit": 20}),
    )
    _add_associations(90, locales)
    assert DiasporaAssociation.objects.filter(locale=locales["sq"]).count() == 106
    hundred = (
        _queries(client, page.url),
        _queries(client, page.url, {"country": "DE"}),
        _queries(client, API, {"limit": 20}),
    )
    assert ten == hundred
    print("queries (page, page filtered, API):", ten)


def _add_news(index: DiasporaIndexPage, count: int) -> None:
    start = DiasporaNewsPage.objects.child_of(index).count()
    for n in range(start, start + count):
        index.add_child(
            instance=DiasporaNewsPage(
                title=f"Lajm {n}", slug=f"lajm-{n}", date=datetime.date(2020, 1, 1)
            )
        )


def test_the_index_costs_the_same_queries_for_10_and_100_news(client, section):
    index = section(DiasporaIndexPage, "sq")
    client.get(index.url)
    _add_news(index, 10)
    ten = _queries(client, index.url)
    _add_news(index, 90)
    assert _queries(client, index.url) == ten
    print("queries (index):", ten)


def test_the_feed_costs_the_same_queries_however_long_the_stream(client, section):
    # The feed carries the newest 30 entries: with 40 or 140 news, 30 news each time.
    index = section(DiasporaIndexPage, "sq")
    client.get(index.url + "feed/")  # warm the site's caches
    _add_news(index, 40)
    forty = _queries(client, index.url + "feed/")
    _add_news(index, 100)
    assert _queries(client, index.url + "feed/") == forty
    print("queries (feed):", forty)


def test_a_country_code_typed_in_lower_case_filters_the_same(client, section):
    page = section(DiasporaAssociationsPage, "sr-latn")
    html = client.get(page.url, {"country": "de"}).content.decode()
    assert '<p role="status" class="result-count">2 udruženja</p>' in html


def test_associations_are_listed_by_country_in_the_readers_alphabet(client, section, locales):
    page = section(DiasporaAssociationsPage, "sr-latn")
    # Serbian Latin puts Š after S, and Č after C: a code point order would not.
    for code, city in (("CZ", "Prag"), ("ME", "Podgorica"), ("RS", "Beograd")):
        DiasporaAssociationFactory(
            locale=locales["sr-latn"], country=code, city=city, name=f"Klub {city}"
        )
    html = client.get(page.url).content.decode()
    order = [html.index(city) for city in ("Podgorica", "Prag", "Beograd", "Cirih")]
    assert order == sorted(order)
