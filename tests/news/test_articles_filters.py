"""The news list filters by year, month, category, tag and kind, on the site (a form that works
without JavaScript, the count announced, a bad value left out with a notice) and in the API (a
bad value answers problem+json 400, never 500)."""

import pytest

from news.articles import NewsKind, NewsPage
from tests.news.factories import LANGUAGES, news_index

pytestmark = pytest.mark.django_db


def listed(response) -> list[NewsPage]:
    return list(response.context["news_page"].object_list)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_filters_by_kind_category_tag_year_and_month(client, language):
    index = news_index(language)
    every = NewsPage.objects.child_of(index).live()
    cases = {
        "kind": ({"kind": "press_release"}, every.filter(kind=NewsKind.PRESS_RELEASE)),
        "category": ({"category": "mayor"}, every.filter(category__slug="mayor")),
        "tag": ({"tag": "verboc"}, every.filter(tags__slug="verboc")),
        "month": ({"year": "2019", "month": "4"}, every.filter(date__year=2019, date__month=4)),
    }
    for name, (query, expected) in cases.items():
        response = client.get(index.url, query)
        assert response.status_code == 200, name
        assert 0 < len(expected) < len(every), name
        assert {page.pk for page in listed(response)} == {page.pk for page in expected}, name
        html = response.content.decode()
        assert 'role="status"' in html
        assert 'role="alert"' not in html


@pytest.mark.parametrize(
    "language, count_text",
    [
        ("sq", "5 njoftime për shtyp"),
        ("sr-latn", "5 saopštenja za javnost"),
        ("en", "5 press releases"),
    ],
)
def test_the_press_releases_archive_shows_numbers_dates_outlets_and_pdfs(
    client, language, count_text
):
    index = news_index(language)
    assert f'href="{index.url}?kind=press_release"' in client.get(index.url).content.decode()
    html = client.get(index.url, {"kind": "press_release"}).content.decode()
    assert count_text in html
    for page in NewsPage.objects.child_of(index).filter(kind=NewsKind.PRESS_RELEASE):
        assert page.release_number in html
        assert page.signed_original.url in html
    assert "KosovaPress" in html


def test_the_filter_form_has_labels_and_keeps_the_choice(client):
    index = news_index("en")
    html = client.get(index.url, {"category": "mayor", "kind": "news"}).content.decode()
    for name in ("year", "month", "category", "tag", "kind"):
        assert f'<label for="news-{name}">' in html
        assert f'name="{name}" id="news-{name}"' in html
    assert '<option value="mayor" selected>Mayor</option>' in html
    assert '<option value="news" selected>' in html


@pytest.mark.parametrize(
    "language, notice",
    [
        ("sq", "Muaji duhet të jetë një numër nga 1 deri në 12."),
        ("sr-latn", "Mesec mora da bude broj od 1 do 12."),
        ("en", "The month must be a number from 1 to 12."),
    ],
)
def test_a_bad_filter_is_left_out_with_a_translated_notice(client, language, notice):
    index = news_index(language)
    for query in (
        {"month": "13"},
        {"month": "x", "year": "99999999999999999999"},
        {"kind": "<script>", "month": "0"},
    ):
        response = client.get(index.url, {**query, "category": "no-such", "page": "zz"})
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="alert"' in html
        assert notice in html
        assert "<script>" not in html
        # Nothing is filtered: every item is counted.
        assert (
            response.context["news_page"].paginator.count
            == NewsPage.objects.child_of(index).live().count()
        )


def test_the_list_is_paginated_by_ten_and_keeps_the_filters(client):
    index = news_index("sq")
    first = client.get(index.url)
    assert len(listed(first)) == 10
    html = first.content.decode()
    assert 'href="?page=2" rel="next"' in html
    second = client.get(index.url, {"year": "2019", "page": "2"})
    assert len(listed(second)) == NewsPage.objects.child_of(index).live().count() - 10
    assert 'href="?year=2019&amp;page=1" rel="prev"' in second.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_filters_as_the_site_does(client, language):
    every = NewsPage.objects.live().filter(locale__language_code=language)
    cases = [
        ({"kind": "press_release"}, every.filter(kind=NewsKind.PRESS_RELEASE)),
        ({"category": "assembly"}, every.filter(category__slug="assembly")),
        ({"tag": "grncar"}, every.filter(tags__slug="grncar")),
        ({"year": "2019", "month": "6"}, every.filter(date__month=6)),
        (
            {"from": "2019-04-10", "to": "2019-05-10"},
            every.filter(date__range=("2019-04-10", "2019-05-10")),
        ),
    ]
    for query, expected in cases:
        response = client.get("/api/v3/news/", {"locale": language, **query})
        assert response.status_code == 200, query
        body = response.json()
        assert body["count"] == len(expected) > 0, query
        assert {item["id"] for item in body["items"]} == {page.pk for page in expected}
        assert all(item["locale"] == language for item in body["items"])


def test_the_api_item_shape(client):
    body = client.get("/api/v3/news/", {"locale": "en", "kind": "press_release", "limit": 1}).json()
    item = body["items"][0]
    assert item["kind"] == "press_release"
    assert item["date"] == "2019-07-03"
    assert item["category"] == {"slug": "mayor", "name": "Mayor"}
    assert item["tags"] == [{"slug": "kllokot", "name": "Kllokot/Klokot"}]
    assert item["html_url"].startswith("http") and "/en/" in item["html_url"]
    assert item["meta"]["detail_url"].endswith(f"/api/v3/pages/{item['id']}/")
    assert item["press_release"]["number"] == "5/2019"
    assert item["press_release"]["signed_original"]["url"].startswith("http")
    assert {t["locale"] for t in item["translations"]} == {"sq", "sr-latn"}


def test_a_range_that_ends_before_it_starts_lists_nothing(client):
    body = client.get("/api/v3/news/", {"from": "2019-05-01", "to": "2019-04-01"}).json()
    assert body == {"items": [], "count": 0}


def test_the_api_lists_the_categories_in_each_language(client):
    body = client.get("/api/v3/news/categories/", {"locale": "sr-latn"}).json()
    names = {item["slug"]: item["name"] for item in body["items"]}
    assert names["assembly"] == "Skupština opštine"
    assert body["count"] == 5


@pytest.mark.parametrize(
    "query, parameter",
    [
        ({"month": "13"}, "month"),
        ({"year": "abc"}, "year"),
        ({"year": "²"}, "year"),
        ({"month": "٣"}, "month"),
        ({"kind": "rumour"}, "kind"),
        ({"category": "no-such"}, "category"),
        ({"from": "29.03.2019"}, "from"),
        ({"from": "20190329"}, "from"),
        ({"to": "2019-02-30"}, "to"),
        ({"to": ""}, "to"),
        ({"year": "02019"}, "year"),
        ({"month": " 5"}, "month"),
    ],
)
def test_a_bad_api_filter_answers_a_translated_400(client, query, parameter):
    response = client.get("/api/v3/news/", query, HTTP_ACCEPT_LANGUAGE="sq")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["errors"][0]["loc"] == ["query", parameter]
    assert problem["title"] == "Kërkesë e gabuar"
    # An unknown category is data the document cannot list; the rest is a malformed value.
    expected = "does_not_exist" if parameter == "category" else "invalid"
    assert problem["errors"][0]["type"] in (expected, "unknown_kind")
