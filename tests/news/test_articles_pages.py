"""The news index, a news item and a press release render in the three languages and are in
the API with their fields; the index gives the home page its latest news."""

import pytest
from django.utils.html import escape

from news.articles import NewsKind, NewsPage
from services.registry import registry
from tests.news.factories import HTML_LANG, LANGUAGES, demo_news, demo_release, news_index

pytestmark = pytest.mark.django_db

PAGES = {"index": news_index, "news": demo_news, "press release": demo_release}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", PAGES)
def test_each_page_type_renders_in_its_language(client, which, language):
    page = PAGES[which](language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert f">{escape(page.title)}</h1>" in html


@pytest.mark.parametrize(
    "language, words",
    [
        ("sq", ["Njoftim për shtyp nr. 1/2019", "Dërguar mediave", "Origjinali i nënshkruar"]),
        ("sr-latn", ["Saopštenje za javnost br. 1/2019", "Poslato medijima", "Potpisani original"]),
        ("en", ["Press release No. 1/2019", "Sent to the media", "Signed original"]),
    ],
)
def test_a_press_release_shows_its_number_outlets_and_signed_pdf(client, language, words):
    page = demo_release(language)
    html = client.get(page.url).content.decode()
    for word in words:
        assert word in html
    assert "Radio KIM" in html and "KoSSev" in html
    assert f'href="{page.signed_original.url}" type="application/pdf"' in html
    assert page.category.name in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_keeps_the_releases_facts_and_has_its_own_category(language):
    source, page = demo_release("sq"), demo_release(language)
    assert page.release_number == source.release_number
    assert page.date == source.date and page.sent_on == source.sent_on
    assert set(page.outlets.all()) == set(source.outlets.all())
    assert page.signed_original_id == source.signed_original_id
    assert page.category.locale_id == page.locale_id
    assert page.category.slug == source.category.slug == "assembly"
    assert {tag.slug for tag in page.tags.all()} == {"534-2", "kllokot"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_pages_are_in_the_pages_api_with_their_fields(client, language):
    response = client.get(
        "/api/v3/pages/", {"type": "news.NewsPage", "locale": language, "fields": "*"}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == NewsPage.objects.live().filter(locale__language_code=language).count()
    release = next(item for item in items if item["id"] == demo_release(language).pk)
    assert release["kind"] == NewsKind.PRESS_RELEASE
    assert release["press_release"]["number"] == "1/2019"
    assert "RTK" in [outlet["name"] for outlet in release["press_release"]["outlets"]]
    assert release["category_info"]["slug"] == "assembly"
    assert {translation["locale"] for translation in release["translations"]} == set(LANGUAGES) - {
        language
    }
    detail = client.get(f"/api/v3/pages/{release['id']}/").json()
    assert detail["intro"] and detail["date"] == "2019-03-29"
    assert detail["press_release"]["signed_original"]["url"].endswith(".pdf")
    news = client.get(f"/api/v3/pages/{demo_news(language).pk}/").json()
    assert news["press_release"] is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_is_in_the_pages_api_with_its_feeds(client, language):
    index = news_index(language)
    response = client.get(f"/api/v3/pages/{index.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["feeds"]["atom"].endswith(f"{index.url}feed/")
    assert data["feeds"]["rss"].endswith(f"{index.url}rss/")
    assert data["news_url"] == f"/api/v3/news/?locale={language}"


def test_latest_gives_the_home_page_the_newest_items():
    index = news_index("sr-latn")
    latest = index.latest(3)
    assert len(latest) == 3
    assert [page.date for page in latest] == sorted(
        (page.date for page in NewsPage.objects.child_of(index).live()), reverse=True
    )[:3]
    assert all(page.locale_id == index.locale_id for page in latest)
    assert index.latest(0) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_items_go_to_the_subscribers_of_news_in_their_language(language):
    page = demo_release(language)
    topic = registry.topic_for_page(page)
    assert topic is not None and topic.key == "news"
    email = page.render_email({"unsubscribe_url": "#", "my_data_url": "#"})
    assert email.subject == page.title
    assert page.intro[:40] in email.text


@pytest.mark.parametrize(
    "language, alt, heading",
    [
        ("sq", "Vizatim i ndërtesës së komunës", "Galeria"),
        ("sr-latn", "Crtež zgrade opštine", "Galerija"),
        ("en", "Drawing of the municipal building", "Gallery"),
    ],
)
def test_the_gallery_shows_its_images_described_in_the_pages_language(
    client, language, alt, heading
):
    page = demo_release(language)
    html = client.get(page.url).content.decode()
    assert f'<h2 id="gallery">{heading}</h2>' in html
    assert f'alt="{alt}' in html
    detail = client.get(f"/api/v3/pages/{page.pk}/").json()
    assert detail["gallery"][0]["value"]["image"]["alt"].startswith(alt)
