"""Site search: inflected words, words without diacritics and prefixes find the page, in
Albanian and Serbian alike, with the same pages on SQLite and PostgreSQL (CI runs this file on
both; the expectations below name no backend)."""

import pytest
from django.db import connection
from wagtail.models import Page

from home import stemming
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def found(client, prefix: str, query: str) -> list[Page]:
    response = client.get(f"/{prefix}/search/", {"q": query})
    assert response.status_code == 200
    return list(response.context["search_results"].paginator.object_list)


def titles(client, prefix: str, query: str) -> set[str]:
    return {page.title for page in found(client, prefix, query)}


def add_page(language: str, title: str, intro: str) -> StandardPage:
    home = HomePage.objects.get(locale__language_code=language)
    page = StandardPage(title=title, intro=intro, locale=home.locale)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


# --- The stemmers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, forms",
    [
        ("sq", ["ankesa", "ankesë", "ankesave", "ankesat", "ankesës"]),
        ("sq", ["strategjisë", "strategjia", "strategjinë"]),
        ("sq", ["partnerët", "partnere", "partneret"]),
        ("sq", ["buletini", "buletinit", "buletinin"]),
        ("sr-latn", ["pritužba", "pritužbe", "pritužbu", "pritužbom", "prituzbe"]),
        ("sr-latn", ["strategija", "strategije", "strategiju", "strategijom"]),
        ("sr-latn", ["opština", "opštine", "opštinom", "opstini"]),
    ],
)
def test_inflected_forms_share_a_stem(language, forms):
    stem = stemming.stemmer(language)
    assert len({stemming.fold(stem(form)) for form in forms}) == 1, forms


def test_folding_keeps_letters_and_drops_diacritics():
    assert stemming.fold("Strategjisë çka Đakovica Šta") == "strategjise cka djakovica sta"


def test_query_words_become_prefixes_except_short_ones():
    assert stemming.query_terms("kutia e ankesave", "sq") == [
        [("kuti", True)],
        [("e", False)],
        [("ankes", True)],
    ]


# --- The demo, as citizens search it ----------------------------------------------------


@pytest.mark.parametrize(
    "prefix, query, expected",
    [
        # The complaints page is "Ankesat dhe sugjerimet"; the strategy says "ankesave".
        ("sq", "ankesa", "complaints.complaintformpage"),
        ("sq", "ankesë", "complaints.complaintformpage"),
        # "Korrik 2019: Partnerët dhe diaspora".
        ("sq", "partner", "bulletin.bulletinissuepage"),
        # "Bilteni informativ", the archive.
        ("sq", "buletin", "bulletin.bulletinindexpage"),
        ("sq", "sugjerim", "complaints.complaintformpage"),
        # "Jul 2019: Partneri i dijaspora": "partnerskom opštinom", "dijasporom".
        ("sr-latn", "partnerska", "bulletin.bulletinissuepage"),
        ("sr-latn", "dijaspori", "bulletin.bulletinissuepage"),
        ("sr-latn", "biltenu", "bulletin.bulletinindexpage"),
        ("en", "complaint", "complaints.complaintformpage"),
        ("en", "bulletins", "bulletin.bulletinindexpage"),
    ],
)
def test_inflected_and_partial_words_find_the_demo_pages(client, prefix, query, expected):
    pages = found(client, prefix, query)
    kinds = {f"{page._meta.app_label}.{page._meta.model_name}" for page in pages}
    assert expected in kinds, (query, [page.title for page in pages])
    assert {page.locale.language_code for page in pages} == {prefix}


@pytest.mark.parametrize(
    "prefix, forms",
    [
        ("sq", ["strategji", "strategjia", "strategjisë", "Strategjinë", "strategjise"]),
        ("sq", ["ankesa", "ankesave", "ankesat", "ankese"]),
        ("sr-latn", ["strategija", "strategije", "strategiju", "Strategijom"]),
        ("sr-latn", ["opština", "opštine", "opstinom"]),
        ("sr-latn", ["Petrovdan", "petrovdanu", "Петровдан"]),
    ],
)
def test_every_form_of_a_word_finds_the_same_pages(client, prefix, forms):
    results = [titles(client, prefix, form) for form in forms]
    assert results[0], forms[0]
    assert all(result == results[0] for result in results), dict(zip(forms, results, strict=True))


def test_strategji_finds_the_page_that_only_says_strategjisë(client):
    page = add_page("sq", "Zbatimi", "Raporti vjetor i zbatimit të strategjisë komunale.")
    assert page.title in titles(client, "sq", "strategji")
    assert page.title in titles(client, "sq", "strategjia")


def test_serbian_complaints_are_found_in_every_case_and_without_diacritics(client):
    page = add_page("sr-latn", "Kutija", "Građani mogu da podnesu pritužbe i predloge.")
    for query in ("pritužba", "pritužbu", "prituzba", "pritužbama", "притужба"):
        assert page.title in titles(client, "sr-latn", query), query


def test_buletin_finds_the_buletini(client):
    page = add_page("sq", "Numri i ri", "Buletini informativ i komunës del çdo muaj.")
    assert page.title in titles(client, "sq", "buletin")


def test_every_word_is_required(client, locales):
    pages = Page.objects.live().filter(locale=locales["sq"])
    assert list(pages.search("strategji xyzzy")) == []
    assert list(pages.search("strategji kuvend"))
    # The site then offers the nearest pages where it can tell (PostgreSQL), saying so.
    response = client.get("/sq/search/", {"q": "strategji xyzzy"})
    assert response.context["approximate"] == bool(response.context["search_results"])


def test_a_title_match_ranks_first(client):
    page = add_page("sq", "Ankesat e banorëve", "Hyrje.")
    assert found(client, "sq", "ankesa")[0].title in {page.title, "Ankesat dhe sugjerimet"}


def test_search_syntax_and_other_scripts_are_words_not_errors(client):
    for query in ('"ankesa*', "NEAR(ankesa)", "中文", "-", "a" * 300):
        assert client.get("/sq/search/", {"q": query}).status_code == 200


def test_the_api_search_is_stemmed_too(client):
    response = client.get("/api/v3/pages/", {"search": "ankesave", "locale": "sq"})
    assert response.status_code == 200
    assert any("Ankesat" in item["title"] for item in response.json()["items"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigrams are PostgreSQL's")
def test_a_typo_still_finds_the_page_on_postgresql(client):
    response = client.get("/sq/search/", {"q": "strategjja"})
    assert response.context["approximate"] is True
    pages = list(response.context["search_results"].paginator.object_list)
    assert any(page.title.startswith("Strategjia") for page in pages)
    assert "Asgjë nuk përputhet saktësisht" in response.content.decode()


def test_without_trigrams_a_typo_finds_nothing_and_says_so_plainly(client, settings):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL has the typo tolerance")
    response = client.get("/sq/search/", {"q": "strategjja"})
    assert response.context["search_results"].paginator.count == 0
    assert response.context["approximate"] is False


def test_a_results_page_costs_the_same_queries_however_many_pages_match(client):
    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(db) as captured:
            response = client.get("/sq/search/", {"q": "pemëtore"})
        assert response.status_code == 200
        return len(captured.captured_queries)

    for n in range(12):
        add_page("sq", f"Pemëtore {n}", "Kopshti i pemëve.")
    queries()  # warms the per-process caches (content types, sites)
    few = queries()
    for n in range(12, 40):
        add_page("sq", f"Pemëtore {n}", "Kopshti i pemëve.")
    assert queries() == few


def test_a_rich_text_introduction_shows_as_text_in_the_results(client):
    response = client.get("/sr-latn/search/", {"q": "pritužbe"})
    html = response.content.decode()
    results = html[html.index('<ol class="results">') :]
    assert "Kutija za pritužbe" in results
    assert "&lt;p&gt;" not in results and "<p><p>" not in results
