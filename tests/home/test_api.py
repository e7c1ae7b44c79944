"""The headless API as another front end uses it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import StandardPage
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_pages_filtered_by_locale_are_all_in_that_language(client):
    response = client.get("/api/v3/pages/", {"locale": "sr-latn", "limit": 100})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == Page.objects.filter(locale__language_code="sr-latn").live().count()
    assert data["count"] >= 5
    assert {item["meta"]["locale"] for item in data["items"]} == {"sr-latn"}


def test_translation_of_finds_the_other_languages(client, strategy):
    response = client.get("/api/v3/pages/", {"translation_of": strategy.pk})
    assert response.status_code == 200
    locales = sorted(item["meta"]["locale"] for item in response.json()["items"])
    assert locales == ["en", "sr-latn"]


def test_html_url_points_at_the_configured_base_url(client, strategy, settings):
    response = client.get(f"/api/v3/pages/{strategy.pk}/")
    assert response.status_code == 200
    html_url = response.json()["meta"]["html_url"]
    assert html_url.startswith(settings.BASE_URL + "/sq/")
    # The URL really serves the page.
    assert client.get(html_url.removeprefix(settings.BASE_URL)).status_code == 200


def test_html_url_follows_the_host_and_port_the_site_is_served_on(client, strategy, home, settings):
    settings.ALLOWED_HOSTS = ["cms.kllokot.example"]
    from home.management.commands.load_demo import sync_default_site

    sync_default_site("http://cms.kllokot.example:8123", home)
    data = client.get(f"/api/v3/pages/{strategy.pk}/", HTTP_HOST="cms.kllokot.example:8123").json()
    assert data["meta"]["html_url"].startswith("http://cms.kllokot.example:8123/sq/")


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_find_resolves_an_html_url_path_in_every_language(client, strategy, locales, language):
    page = strategy.get_translation(locales[language])
    response = client.get("/api/v3/pages/find/", {"html_path": page.url}, follow=True)
    assert response.status_code == 200
    assert response.json()["id"] == page.pk


def test_find_answers_404_for_a_path_that_is_no_page(client):
    response = client.get("/api/v3/pages/find/", {"html_path": "/sr-latn/nema-je/"}, follow=True)
    assert response.status_code == 404


def test_page_detail_exposes_body_intro_and_translations(client, strategy):
    data = client.get(f"/api/v3/pages/{strategy.pk}/").json()
    assert data["meta"]["type"] == "home.StandardPage"
    assert data["intro"] == strategy.intro
    kinds = {block["type"] for block in data["body"]}
    assert {"heading", "paragraph"} <= kinds
    assert sorted(t["locale"] for t in data["translations"]) == ["en", "sr-latn"]
    assert [child["title"] for child in data["children"]]


def test_images_in_the_body_come_with_absolute_renditions(client, home, settings):
    image = ImageFactory(title="Kllokot")
    page = StandardPage(
        title="Me foto",
        slug="me-foto",
        body=[
            (
                "image",
                {"image": image, "alt_text": "Pamje e Kllokotit", "caption": "", "credit": ""},
            )
        ],
    )
    home.add_child(instance=page)
    data = client.get(f"/api/v3/pages/{page.pk}/").json()
    block = data["body"][0]["value"]
    assert block["image"]["alt"] == "Pamje e Kllokotit"
    renditions = block["image"]["renditions"]
    assert set(renditions) == {"thumbnail", "medium", "large"}
    assert renditions["thumbnail"]["url"].startswith(settings.BASE_URL + "/media/")
    assert renditions["thumbnail"]["width"] <= 400


def test_home_page_resolves_highlight_links_and_latest_items(client, locales):
    home_sr = Page.objects.get(depth=2, locale=locales["sr-latn"])
    data = client.get(f"/api/v3/pages/{home_sr.pk}/").json()
    assert data["meta"]["locale"] == "sr-latn"
    highlight = data["highlights"][0]["value"]
    # The link follows the visitor's language: the Serbian home page links Serbian pages.
    assert "/sr-latn/" in highlight["page"]["html_url"]
    latest = data["sections"][0]["value"]
    assert latest["items"]
    assert all("/sr-latn/" in item["html_url"] for item in latest["items"])


def test_openapi_documents_core_and_plugin_routes(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in ["/api/v3/pages/", "/api/v3/locales/", "/api/v3/identity/", "/api/v3/captcha/"]:
        assert path in paths


def test_interactive_docs_load_swagger_from_our_own_static_files(client):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn." not in html and "unpkg" not in html


def test_locale_filter_accepts_the_bcp47_spelling(client):
    response = client.get("/api/v3/pages/", {"locale": "sr-Latn"})
    assert response.status_code == 200
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"sr-latn"}


def test_locales_endpoint_lists_the_three_languages(client):
    data = client.get("/api/v3/locales/").json()
    content = [locale for locale in data if locale["transliteration_of"] is None]
    assert [locale["language_code"] for locale in content] == ["sq", "sr-latn", "en"]
    assert [locale["is_default"] for locale in content] == [True, False, False]


def test_identity_can_be_asked_for_in_a_language(client):
    data = client.get("/api/v3/identity/", {"locale": "en"}, HTTP_ACCEPT_LANGUAGE="sq").json()
    assert data["name"] == "Municipality of Klokot"


def test_identity_is_given_in_the_requested_language(client):
    data = client.get("/api/v3/identity/", HTTP_ACCEPT_LANGUAGE="sr-latn").json()
    assert data["name"] == "Opština Klokot"
    assert data["names"] == {
        "sq": "Komuna e Kllokotit",
        "sr-latn": "Opština Klokot",
        "en": "Municipality of Klokot",
    }
    assert data["office_hours"].startswith("Ponedeljak")


def test_page_list_query_count_does_not_grow_with_the_number_of_pages(client):
    # Items list their translations (two queries: those, and their view restrictions), and
    # each page type listed costs one query (its rows), whatever the number of its pages.
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v3/pages/", {"limit": 100})
    assert response.status_code == 200
    types = {item["meta"]["type"] for item in response.json()["items"]}
    assert len(captured) <= 9 + len(types), len(captured)


def test_an_image_whose_file_is_gone_is_left_out_not_a_500(client, locales):
    """A media folder not restored with the database must not take the API down."""
    from bulletin.models import BulletinIssuePage
    from home import demo_images

    issue = BulletinIssuePage.objects.filter(locale=locales["sq"], cover_image__isnull=False)[0]
    image = issue.cover_image
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    try:
        response = client.get(f"/api/v3/pages/{issue.pk}/")
        assert response.status_code == 200
        assert response.json()["cover"] is None
        assert response.json()["title"] == issue.title
    finally:
        demo_images.restore_files()
