"""Bad input gets a clear, translated 4xx and never a 500."""

import pytest
from wagtail.models import Page

from home.search import clean_query

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    "query, field",
    [
        ({"locale": "xx"}, "locale"),
        ({"limit": "-1"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "100000"}, "limit"),
        ({"offset": "-5"}, "offset"),
        ({"type": "nope"}, "type"),
    ],
)
def test_bad_page_filters_answer_400_naming_the_parameter(client, query, field):
    response = client.get("/api/v3/pages/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == 400
    assert body["detail"]
    assert len(body["errors"]) == 1
    assert field in body["errors"][0]["loc"]
    assert body["errors"][0]["msg"]


@pytest.mark.parametrize(
    "language, detail, unknown_locale",
    [
        ("sq", "Kërkesa nuk është e vlefshme.", "Gjuhë e panjohur"),
        ("sr-latn", "Zahtev nije ispravan.", "Nepoznat jezik"),
        ("en", "The request is not valid.", "Unknown language"),
    ],
)
def test_api_errors_are_in_the_requested_language(client, language, detail, unknown_locale):
    response = client.get("/api/v3/pages/", {"locale": "xx"}, HTTP_ACCEPT_LANGUAGE=language)
    body = response.json()
    assert body["detail"] == detail
    assert body["errors"][0]["msg"].startswith(unknown_locale)
    # sr-cyrl: the Cyrillic edition of the Serbian content (tests/home/test_cyrillic_site.py).
    assert "sq, sr-latn, sr-cyrl, en" in body["errors"][0]["msg"]


def test_unknown_page_id_is_a_translated_404(client):
    response = client.get("/api/v3/pages/999999/", HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 404
    assert response.json()["detail"] == "Nije pronađeno."


@pytest.mark.parametrize("path", ["/api/v3/nothing-here/", "/api/v2/pages/", "/api/"])
def test_unknown_api_paths_answer_in_the_apis_own_shape(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="sq")
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM
    assert response.json()["detail"] == "Nuk u gjet."


def test_an_offset_too_large_for_the_database_is_refused(client):
    response = client.get("/api/v3/pages/", {"offset": "99999999999999999999"})
    assert response.status_code == 400
    assert "offset" in response.json()["errors"][0]["loc"]


def test_an_unknown_parent_page_is_named_in_the_requested_language(client):
    response = client.get("/api/v3/pages/", {"child_of": 999999}, HTTP_ACCEPT_LANGUAGE="sr-latn")
    assert response.status_code == 400
    assert response.json()["errors"][0]["msg"] == "Nijedna stranica ne odgovara ovoj vrednosti."


def test_unknown_page_on_the_site_is_a_404_page_in_the_visitors_language(client):
    response = client.get("/sr-latn/ova-stranica-ne-postoji/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="sr-Latn">' in html
    assert "Stranica nije pronađena" in html
    # The language links lead home, not to the same missing path in another language.
    assert '<a href="/en/" hreflang="en" lang="en" translate="no">English</a>' in html
    assert "ova-stranica-ne-postoji" not in html.split("<main")[0]


def test_unknown_language_prefix_ends_in_a_404(client):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404
    assert "Faqja nuk u gjet" in response.content.decode()


def test_overlong_search_query_is_cut_not_rejected(client):
    response = client.get("/en/search/", {"q": "strategy " * 200})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", ['"', 'a "b', "\x00", "AND", "a*", "OR NOT", "NEAR(", "'", "<script>"]
)
@pytest.mark.parametrize("prefix", ["sq", "sr-latn", "en"])
def test_search_syntax_in_a_query_is_read_as_words_not_as_an_error(client, prefix, query):
    response = client.get(f"/{prefix}/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ['"', 'a "b', "AND", "a*", "NEAR("])
def test_api_search_syntax_is_read_as_words(client, query):
    response = client.get("/api/v3/pages/", {"search": query})
    assert response.status_code == 200


def test_null_characters_in_api_parameters_are_refused_clearly(client):
    response = client.get("/api/v3/pages/", {"search": "a\x00b"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"][0]["loc"] == ["query", "search"]


def test_search_operators_are_plain_words(client):
    # As an operator, OR would find every page about the strategy; as a word it finds nothing
    # with a word that exists nowhere.
    response = client.get("/en/search/", {"q": "xqzw OR strategy"})
    # No exact match; on PostgreSQL the page may then offer the nearest pages by trigram
    # similarity, and says so ("approximate"), which is not OR at work.
    assert (
        response.context["search_results"].paginator.count == 0 or response.context["approximate"]
    )
    assert not Page.objects.live().search(clean_query("xqzw OR strategy"))
    assert client.get("/en/search/", {"q": "strategy"}).context["search_results"].paginator.count
