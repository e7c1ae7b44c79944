"""The public site in three languages."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage, StandardPage
from tests.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "prefix, lang, title",
    [
        ("sq", "sq", "Komuna e Kllokotit"),
        ("sr-latn", "sr-Latn", "Opština Klokot"),
        ("en", "en", "Municipality of Klokot"),
    ],
)
def test_every_language_root_serves_its_home_page(client, prefix, lang, title):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert title in html
    assert 'href="#main"' in html and 'id="main"' in html


def test_hreflang_alternates_point_at_each_translation(client, strategy, locales):
    html = client.get(strategy.url).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    # Serbian twice: its Latin pages and their Cyrillic edition (test_cyrillic_site.py).
    assert set(alternates) == {"sq", "sr-Latn", "sr-Cyrl", "en"}
    serbian = strategy.get_translation(locales["sr-latn"])
    assert alternates["sr-Latn"].endswith(serbian.url)


def test_language_switcher_leads_to_the_translated_page(client, strategy, locales):
    html = client.get(strategy.url).content.decode()
    english = strategy.get_translation(locales["en"])
    assert f'<a href="{english.url}" hreflang="en" lang="en" translate="no">English</a>' in html


def test_language_switcher_says_when_no_translation_exists(client, home):
    page = StandardPage(title="Vetëm shqip", slug="vetem-shqip")
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    # Said in the reader's language, with the way into the site in that language.
    assert "ova stranica još nije prevedena" in html
    assert "this page is not translated yet" in html
    assert 'class="unavailable"><a href="/en/" hreflang="en" lang="en"' in html


def test_standard_page_renders_every_block_type(client, home):
    image = ImageFactory(title="Foto")
    document = DocumentFactory(title="Vendimi")
    page = StandardPage(
        title="Blloqet",
        slug="blloqet",
        body=[
            ("heading", {"text": "Titulli i seksionit", "level": "h2"}),
            ("paragraph", "<p>Paragraf me <b>tekst</b>.</p>"),
            (
                "image",
                {"image": image, "alt_text": "Pershkrim", "caption": "Titull", "credit": "Autor"},
            ),
            ("document", {"document": document, "title": ""}),
            ("quote", {"quote": "Citati", "attribution": "Kryetari"}),
            (
                "table",
                {
                    "caption": "Tabela",
                    "columns": [{"type": "text", "heading": "Emri"}],
                    "rows": [{"values": ["Kllokot"]}],
                },
            ),
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<h2>Titulli i seksionit</h2>" in html
    assert "<b>tekst</b>" in html
    assert 'alt="Pershkrim"' in html
    assert "Vendimi" in html
    assert "<blockquote><p>Citati</p></blockquote>" in html
    assert "<caption>Tabela</caption>" in html and "<td>Kllokot</td>" in html


@pytest.mark.parametrize(
    "prefix, query, expected", [("sq", "strategji", "sq"), ("en", "strategy", "en")]
)
def test_search_finds_pages_of_the_current_language_only(client, prefix, query, expected):
    response = client.get(f"/{prefix}/search/", {"q": query})
    assert response.status_code == 200
    results = response.context["search_results"]
    assert len(results) >= 1
    assert {page.locale.language_code for page in results} == {expected}


def test_search_without_query_shows_the_form(client):
    response = client.get("/sr-latn/search/")
    assert response.status_code == 200
    assert 'type="search"' in response.content.decode()


class TestEditorChoices(WagtailPageTestCase):
    def test_page_types_are_offered_only_where_they_belong(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_an_editor_can_create_a_standard_page_under_the_home_page(self):
        from tests.factories import UserFactory

        editor = UserFactory(username="editor", groups=["Editors"])
        self.client.force_login(editor)
        home = HomePage.objects.get(locale__language_code="sq")
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {"title": "Njoftim", "slug": "njoftim", "intro": "Hyrje", "body": streamfield([])}
            ),
            publish=False,
        )
        draft = StandardPage.objects.get(slug="njoftim")
        assert not draft.live
        assert Group.objects.get(name="Editors") in editor.groups.all()


def test_pages_render_with_a_bounded_number_of_queries(
    client, strategy, django_assert_max_num_queries
):
    client.get("/sq/")  # warm the per-process caches (site root paths, content types)
    # Each of the six cards finds its page in the visitor's language (one query a card); each
    # of the three lists (latest news, next events, about) finds its section and its items
    # (the events' list also the year's days off).
    with django_assert_max_num_queries(40):
        assert client.get("/sq/").status_code == 200
    # One query per type of child page listed (the strategy has standard pages and its
    # action plan).
    with django_assert_max_num_queries(23):
        assert client.get(strategy.url).status_code == 200


def test_password_protected_page_asks_in_the_visitors_language(client, strategy, locales):
    from wagtail.models import PageViewRestriction

    page = strategy.get_translation(locales["sr-latn"])
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="tajna")
    html = client.get(page.url).content.decode()
    assert "Potrebna je lozinka" in html
    assert ">Lozinka<" in html
    restriction = PageViewRestriction.objects.get(page=page)
    response = client.post(
        f"/sr-latn/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "pogresna", "return_url": page.url},
    )
    assert "Lozinka koju ste uneli nije ispravna" in response.content.decode()


def test_serbian_search_in_cyrillic_finds_the_latin_pages(client):
    results = client.get("/sr-latn/search/", {"q": "Стратегија"}).context["search_results"]
    assert results.paginator.count >= 1
    assert {page.locale.language_code for page in results} == {"sr-latn"}


def test_the_admin_asks_no_third_party_for_avatars(client):
    from tests.factories import UserFactory

    user = UserFactory(username="office", groups=["Information Office"])
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html
