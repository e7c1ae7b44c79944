"""Where the site leads: the home page's cards, "Subscribe by e-mail" on the sections that can
be followed and in the footer, /sitemap.xml and /robots.txt."""

import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from home.blocks import HighlightBlock
from home.models import HomePage
from services.registry import entry_choices, registry
from services.urls import plugin_entry_url

#: The subscription page's address in each language (translated plugin URLs).
SUBSCRIBE = {"sq": "abonime", "sr-latn": "pretplate", "en": "subscriptions"}

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def cards(html: str) -> list[tuple[str, str]]:
    """(href, title) of each card on a home page."""
    return re.findall(r'<div class="card">\s*<h3><a href="([^"]+)">([^<]+)</a>', html)


def kind(page: Page) -> str:
    return f"{page.specific_class._meta.app_label}.{page.specific_class._meta.model_name}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_home_card_leads_to_its_section_in_the_visitors_language(client, language):
    links = cards(client.get(f"/{language}/").content.decode())
    assert len(links) == 6
    targets = []
    for href, _title in links:
        response = client.get(href)
        assert response.status_code == 200, href
        targets.append(response.context["page"])
    assert [kind(page) for page in targets] == [
        "bulletin.bulletinindexpage",
        "news.debateindexpage",
        "complaints.complaintformpage",
        "diaspora.diasporaindexpage",
        "partners.partnerindexpage",
        "partners.investindexpage",
    ]
    assert {page.locale.language_code for page in targets} == {language}


def test_a_card_can_lead_to_a_services_own_page(client, home):
    home.highlights = [("highlight", {"title": "Abonohu", "text": "", "service": "subscriptions"})]
    home.save_revision().publish()
    assert cards(client.get("/sq/").content.decode()) == [("/sq/abonime/", "Abonohu")]
    api = client.get(f"/api/v3/pages/{home.pk}/").json()
    assert api["highlights"][0]["value"]["url"].endswith("/sq/abonime/")


def test_a_card_for_a_service_that_is_not_installed_has_no_link(client, home):
    home.highlights = [("highlight", {"title": "Peticionet", "text": "", "service": "petitions"})]
    home.save_revision().publish()
    html = client.get("/sq/").content.decode()
    assert "<h3>Peticionet</h3>" in html


def test_the_editor_is_offered_the_services_with_a_page_of_their_own():
    assert dict(entry_choices()).keys() == {"subscriptions", "polls"}
    offered = [value for value, _label in HighlightBlock().child_blocks["service"].field.choices]
    assert "subscriptions" in offered and "complaints" not in offered


def test_the_editor_edits_a_card_that_links_a_service(client, home):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="admin"))
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    # The block's definition (escaped JSON) offers the subscription page, in the admin's language.
    assert r"Ose lidhje te nj\u00eb sh\u00ebrbim" in html
    assert r"option value=\&quot;subscriptions\&quot;" in html


def test_a_plugins_page_is_resolved_through_the_registry_in_each_language():
    for language in LANGUAGES:
        with translation.override(language):
            assert (
                plugin_entry_url(registry, "subscriptions") == f"/{language}/{SUBSCRIBE[language]}/"
            )
    assert plugin_entry_url(registry, "complaints") is None  # no page of its own: a page type
    assert plugin_entry_url(registry, "no-such-plugin") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_links_the_subscription_page(client, language):
    html = client.get(f"/{language}/").content.decode()
    footer = html[html.index('class="site-footer"') :]
    assert f'href="/{language}/{SUBSCRIBE[language]}/"' in footer


@pytest.mark.parametrize(
    "language, text",
    [
        ("sq", "Abonohuni me e-mail në „{}“"),
        ("sr-latn", "Pretplatite se putem e-pošte na „{}“"),
        ("en", "Subscribe by e-mail to “{}”"),
    ],
)
def test_the_bulletin_archive_and_issues_offer_to_subscribe_to_the_bulletin(client, language, text):
    archive = Page.objects.get(
        locale__language_code=language,
        content_type__app_label="bulletin",
        content_type__model="bulletinindexpage",
    )
    issue = archive.get_children().live().first()
    with translation.override(language):
        # The topic's name as the bulletin registers it, in the page's language.
        text = text.format(registry.topic("bulletin").label)
    for page in (archive, issue):
        html = client.get(page.url).content.decode()
        link = re.search(r'<aside class="follow"[^>]*>.*?<a href="([^"]+)">([^<]+)</a>', html, re.S)
        assert link is not None, page.url
        assert link.group(1) == f"/{language}/{SUBSCRIBE[language]}/?topic=bulletin"
        assert link.group(2) == text
    form = client.get(f"/{language}/{SUBSCRIBE[language]}/?topic=bulletin").content.decode()
    assert re.search(r'name="topics" value="bulletin"[^>]*checked', form)


def test_pages_of_no_topic_offer_no_subscription(client, strategy):
    assert 'class="follow"' not in client.get(strategy.url).content.decode()


def test_an_unknown_topic_in_the_address_is_ignored(client):
    response = client.get("/sq/abonime/", {"topic": ["<script>", "bulletin"]})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


# --- /sitemap.xml and /robots.txt -----------------------------------------------------------


def sitemap(client) -> dict[str, dict[str, str]]:
    """location -> {hreflang: alternate location}."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own sitemap)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_the_sitemap_lists_every_live_public_page_in_every_language(client):
    urls = sitemap(client)
    live = Page.objects.live().public().filter(depth__gte=2)
    for page in live:
        assert page.full_url in urls, page.url
    assert {page.locale.language_code for page in live} == set(LANGUAGES)


def test_each_sitemap_entry_names_its_translations(client, strategy, locales):
    urls = sitemap(client)
    alternates = urls[strategy.full_url]
    serbian = strategy.get_translation(locales["sr-latn"])
    english = strategy.get_translation(locales["en"])
    assert alternates["sq"] == strategy.full_url
    assert alternates["sr-Latn"] == serbian.full_url
    assert alternates["en"] == english.full_url
    # The Cyrillic edition is listed as a page of its own, with the same alternates.
    cyrillic = alternates["sr-Cyrl"]
    assert "/sr-cyrl/" in cyrillic and urls[cyrillic] == alternates
    assert urls[serbian.full_url] == alternates


def test_private_pages_never_appear_in_the_sitemap(client, strategy):
    PageViewRestriction.objects.create(page=strategy, restriction_type="password", password="x")
    urls = sitemap(client)
    assert strategy.full_url not in urls
    # A private page's translations are private too (home/restrictions.py).
    for translation_ in strategy.get_translations():
        assert translation_.full_url not in urls
    assert HomePage.objects.get(locale__language_code="sq").full_url in urls


def test_drafts_are_not_in_the_sitemap(client, strategy):
    strategy.unpublish()
    assert strategy.full_url not in sitemap(client)


def test_the_sitemap_takes_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    sitemap(client)  # warm the per-process caches (site root paths, content types)
    live = Page.objects.live().public().filter(depth__gte=2)
    pages = live.count()
    # One query per page type (its rows), however many pages each has.
    types = live.values("content_type").distinct().count()
    with django_assert_max_num_queries(6 + types):
        assert len(sitemap(client)) > pages


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    # Citizens' write paths on the API, for every installed service with one.
    assert "Disallow: /api/v3/complaints/" in lines
    assert "Disallow: /api/v3/subscriptions/" in lines
    # The read-only API stays readable.
    assert "Disallow: /api/" not in lines and "Disallow: /api/v3/" not in lines
    assert f"Sitemap: http://testserver{reverse('sitemap')}" in lines
