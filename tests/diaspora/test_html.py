"""The section's pages in the states a page-type check does not reach pass the W3C Nu Html
Checker: the registration form re-rendered with its errors, the confirmation, a closed
gathering, the directory filtered by a country."""

import pytest

from diaspora.models import DiasporaAssociationsPage, DiasporaEventPage
from tests.diaspora.conftest import LANGUAGES, captcha_from, close, interest_data
from tests.html import vnu

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_sections_forms_and_states_pass_the_html_checker(client, section, event):
    assert vnu.command()
    documents: dict[str, str] = {}
    for language in LANGUAGES:
        page = section(DiasporaEventPage, language)
        form = client.get(page.url)
        invalid = client.post(
            page.url, {**interest_data(email="x", people="0"), **captcha_from(form)}
        )
        assert invalid.status_code == 400
        documents[f"{language}: form with errors"] = invalid.content.decode()
        documents[f"{language}: confirmation"] = client.get(
            f"{page.url}?registered"
        ).content.decode()
        directory = section(DiasporaAssociationsPage, language)
        documents[f"{language}: filtered"] = client.get(
            directory.url, {"country": "DE"}
        ).content.decode()
    close(event)
    documents["sq: closed"] = client.get(event.url).content.decode()
    problems = vnu.check(documents)
    assert not problems, problems
