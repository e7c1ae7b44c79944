"""The section's Atom feed: valid Atom, in the index page's language, advertised in its head,
carrying the section's news."""

import xml.etree.ElementTree as ET

import pytest

from tests.partners.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_is_atom_in_the_sections_language(client, language, section, news):
    index = section[language]
    # Whatever the reader's browser asks for, the feed speaks its section's language.
    response = client.get(
        index.url + "feed/", HTTP_ACCEPT_LANGUAGE="en" if language != "en" else "sq"
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == language
    assert root.findtext(f"{ATOM}title").startswith(index.title)
    for required in ("id", "updated"):
        assert root.findtext(f"{ATOM}{required}")
    entries = list(root.iter(f"{ATOM}entry"))
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert news[language].title in titles
    # Only the news: the partner municipality's page is not an update.
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}")
    newest = entries[0]
    assert newest.findtext(f"{ATOM}published").startswith("2019-07-01")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_advertises_its_feed_in_the_head(client, language, section):
    index = section[language]
    html = client.get(index.url).content.decode()
    head = html.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="{index.url}feed/"' in head
    body = html.split("</head>")[1]
    assert f'href="{index.url}feed/" type="application/atom+xml"' in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_offers_to_follow_the_section_by_email(client, language, section):
    html = client.get(section[language].url).content.decode()
    assert "?topic=partners" in html
