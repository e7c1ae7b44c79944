"""The debates' pages in the states a page-type check does not reach pass the W3C Nu Html
Checker: an open consultation with its form, the form re-rendered with its errors, the thanks, a
closed consultation and a concluded one with its report."""

import pytest

from tests.html import vnu
from tests.news.debate_factories import (
    captcha_from,
    close,
    comment_data,
    concluded_debate,
    open_debate,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

LANGUAGES = ("sq", "sr-latn", "en")


def test_the_debates_forms_and_states_pass_the_html_checker(client):
    assert vnu.command()
    documents: dict[str, str] = {}
    for language in LANGUAGES:
        page = open_debate(language)
        form = client.get(page.url)
        documents[f"{language}: open"] = form.content.decode()
        invalid = client.post(page.url, {**comment_data(text="", email="x"), **captcha_from(form)})
        assert invalid.status_code == 400
        documents[f"{language}: form with errors"] = invalid.content.decode()
        documents[f"{language}: thanks"] = client.get(f"{page.url}?commented").content.decode()
        documents[f"{language}: concluded"] = client.get(
            concluded_debate(language).url
        ).content.decode()
    page = open_debate("sq")
    close(page)
    documents["sq: closed"] = client.get(page.url).content.decode()
    problems = vnu.check(documents)
    assert not problems, problems
