"""The survey pages in every state pass the W3C Nu Html Checker in every language: the form,
the form re-shown with its errors, the thank-you page, "already answered", and the index."""

import pytest
from django.test import Client

from tests.html import vnu
from tests.surveys.conftest import LANGUAGES, answers, captcha_from, question

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_survey_pages_pass_the_html_checker(client, annual, study, locales):
    assert vnu.command()
    documents: dict[str, str] = {}
    for language in LANGUAGES:
        for survey in (annual, study):
            page = survey.get_translation(locales[language])
            browser = Client()
            form = browser.get(page.url)
            documents[f"{language} {page.slug}: form"] = form.content.decode()
            data = {**answers(page), **captcha_from(form)}
            del data[question(page, "radio").clean_name]
            data[question(page, "checkboxes").clean_name] = ["not a choice"]
            invalid = browser.post(page.url, data)
            assert invalid.status_code == 400
            documents[f"{language} {page.slug}: errors"] = invalid.content.decode()
            form = browser.get(page.url)
            sent = browser.post(page.url, {**answers(page), **captcha_from(form)})
            assert sent.status_code == 302
            documents[f"{language} {page.slug}: thanks"] = browser.get(
                sent["Location"]
            ).content.decode()
            if survey.one_per_respondent:
                documents[f"{language} {page.slug}: answered"] = browser.get(
                    page.url
                ).content.decode()
        index = annual.get_translation(locales[language]).get_parent()
        documents[f"{language}: index"] = client.get(index.url).content.decode()
    problems = vnu.check(documents)
    assert not problems, problems
