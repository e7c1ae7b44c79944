"""The news feeds, Atom at ``feed/`` and RSS at ``rss/``, one per language, advertised in the
head of the news index."""

import xml.etree.ElementTree as ET

import pytest

from news.articles import NewsPage
from tests.news.factories import LANGUAGES, news_index

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_feeds_are_advertised_in_the_head(client, language):
    index = news_index(language)
    head = client.get(index.url).content.decode().split("</head>")[0]
    assert f'type="application/atom+xml" title="{index.title}' in head
    assert f'href="{index.url}feed/"' in head
    assert f'type="application/rss+xml" title="{index.title}' in head
    assert f'href="{index.url}rss/"' in head


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_atom_feed_parses_in_the_pages_language(client, language):
    index = news_index(language)
    response = client.get(f"{index.url}feed/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == language
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    items = NewsPage.objects.child_of(index).live().order_by("-date")
    assert titles == [page.title for page in items]
    # Dated by the item's own date (the seed's), not the day the demo was loaded.
    first = next(root.iter(f"{ATOM}entry"))
    assert first.findtext(f"{ATOM}published").startswith(items[0].date.isoformat())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rss_feed_parses_in_the_pages_language(client, language):
    index = news_index(language)
    response = client.get(f"{index.url}rss/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("language") == language
    assert index.title in channel.findtext("title")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        page.title for page in NewsPage.objects.child_of(index).live().order_by("-date")
    ]
    assert all(item.findtext("link").startswith("http") for item in items)
    assert all(item.findtext("pubDate") for item in items)
