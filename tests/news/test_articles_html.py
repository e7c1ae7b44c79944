"""The news pages in the states a page-type check does not reach pass the W3C Nu Html Checker:
the press releases' archive, the list filtered with a bad value and its notice, the second page,
a news item that is no press release."""

import pytest

from tests.html import vnu
from tests.news.factories import LANGUAGES, demo_news, news_index

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_news_lists_and_items_pass_the_html_checker(client):
    assert vnu.command()
    documents: dict[str, str] = {}
    for language in LANGUAGES:
        url = news_index(language).url
        for name, query in {
            "press releases": {"kind": "press_release"},
            "bad filters": {"month": "13", "kind": "x", "category": "mayor", "tag": "kllokot"},
            "second page": {"page": "2", "year": "2019"},
            "nothing found": {"year": "2031"},
        }.items():
            documents[f"{language}: {name}"] = client.get(url, query).content.decode()
        documents[f"{language}: news item"] = client.get(demo_news(language).url).content.decode()
    problems = vnu.check(documents)
    assert not problems, problems
