import pytest
from captcha.models import CaptchaStore

from surveys.models import SurveyPage

LANGUAGES = ("sq", "sr-latn", "en")


@pytest.fixture
def annual(locales) -> SurveyPage:
    """The demo's annual public survey, in Albanian (the source; one answer per respondent)."""
    page = SurveyPage.objects.get(locale=locales["sq"], slug="anketa-publike-vjetore")
    assert page.one_per_respondent
    return page


@pytest.fixture
def study(locales) -> SurveyPage:
    """The demo's website-user study, in Albanian (any number of answers)."""
    page = SurveyPage.objects.get(locale=locales["sq"], slug="studimi-i-perdoruesve-te-faqes")
    assert not page.one_per_respondent
    return page


def captcha_from(response) -> dict[str, str]:
    """The challenge the page's form shows, solved."""
    key = response.context["form"]["captcha_key"].value()
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def answers(page: SurveyPage, position: int = 0, text: str = "Një përgjigje") -> dict:
    """A complete answer to ``page`` in its own language: the choice at ``position`` (or the
    last) of every question with choices, the box ticked, ``text`` written."""
    data: dict = {}
    for question in page.get_form_fields():
        options = question.options
        choice = options[min(position, len(options) - 1)] if options else None
        if question.field_type in ("checkboxes", "multiselect"):
            data[question.clean_name] = [choice]
        elif options:
            data[question.clean_name] = choice
        elif question.field_type == "checkbox":
            data[question.clean_name] = "on"
        else:
            data[question.clean_name] = text
    return data


def question(page: SurveyPage, field_type: str):
    return next(q for q in page.get_form_fields() if q.field_type == field_type)
