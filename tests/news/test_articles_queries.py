"""The news lists (the site's index and the API's list) take the same number of queries for 10
items as for 100: categories, tags, outlets, signed originals and translations are fetched for
the whole page at once."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.articles import NewsKind, NewsPage
from tests.factories import DocumentFactory
from tests.news.factories import MediaOutletFactory, NewsCategoryFactory, news_index

pytestmark = pytest.mark.django_db


def add_items(count: int) -> None:
    """``count`` more items below the Albanian index, each with a category, tags and (every
    other one) the facts of a press release."""
    index = news_index("sq")
    categories = [NewsCategoryFactory() for _ in range(3)]
    outlets = [MediaOutletFactory() for _ in range(3)]
    DocumentFactory(title="origjinali")
    for number in range(count):
        release = number % 2 == 0
        page = NewsPage(
            title=f"Lajmi {number}",
            slug=f"lajmi-prove-{number}",
            intro="Hyrja.",
            date=datetime.date(2030, 1, 1) + datetime.timedelta(days=number),
            kind=NewsKind.PRESS_RELEASE if release else NewsKind.NEWS,
            release_number=f"{number}/2030" if release else "",
            category=categories[number % 3],
        )
        page.tags.add(f"etiketa-{number % 4}", "provë")
        if release:
            page.outlets = outlets
        index.add_child(instance=page)


def queries(client, url: str, data: dict) -> int:
    client.get(url, data)  # warm the site's caches (site root paths, settings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(captured)


def test_the_index_takes_as_many_queries_for_a_full_page_of_ten_or_one_hundred_items(client):
    index = news_index("sq")
    add_items(10)
    with_ten = queries(client, index.url, {"year": "2030"})
    add_more(90)
    with_hundred = queries(client, index.url, {"year": "2030"})
    assert with_hundred == with_ten


def add_more(count: int) -> None:
    index = news_index("sq")
    for number in range(count):
        page = NewsPage(
            title=f"Lajmi tjetër {number}",
            slug=f"lajmi-tjeter-{number}",
            date=datetime.date(2030, 6, 1) + datetime.timedelta(days=number),
            kind=NewsKind.NEWS,
        )
        page.tags.add("provë")
        index.add_child(instance=page)


def test_the_api_takes_as_many_queries_for_ten_items_as_for_one_hundred(client):
    add_items(100)
    ten = queries(client, "/api/v3/news/", {"year": "2030", "limit": 10})
    hundred = queries(client, "/api/v3/news/", {"year": "2030", "limit": 100})
    assert hundred == ten
    body = client.get("/api/v3/news/", {"year": "2030", "limit": 100}).json()
    assert len(body["items"]) == 100
    assert all(item["category"] and item["tags"] for item in body["items"])
    assert sum(1 for item in body["items"] if item["press_release"]) == 50
