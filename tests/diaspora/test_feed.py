"""The section's Atom feed: one per language, advertised in the head of its landing page."""

import xml.etree.ElementTree as ET

import pytest

from diaspora.models import DiasporaEventPage, DiasporaIndexPage, DiasporaNewsPage
from tests.diaspora.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_is_atom_in_the_sections_language_and_advertised(client, section, language):
    index = section(DiasporaIndexPage, language)
    html = client.get(index.url).content.decode()
    feed_url = f"{index.url}feed/"
    head = html.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="{feed_url}"' in head
    # The reader's browser asks for English: the feed still speaks its section's language.
    response = client.get(feed_url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == language
    assert index.title in root.findtext(f"{ATOM}title")
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    news = DiasporaNewsPage.objects.child_of(index).live()
    event = DiasporaEventPage.objects.child_of(index).live().get()
    assert set(titles) == {page.title for page in news} | {event.title}
    for entry in root.iter(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
        assert entry.findtext(f"{ATOM}updated")
