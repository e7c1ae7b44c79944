"""The surveys in the Klokot demo: the strategy's annual public survey and its yearly study of
the website users' needs (texts and illustrative answers in ``surveys/demo_data/``). Albanian
is the source; Serbian and English are wagtail-localize translations. Running it again adds
only what is missing."""

from __future__ import annotations

import html
from typing import Any

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page

from services.demo import LANGUAGES, SOURCE, TARGETS, read_data, translate, translation_map
from surveys.choices import MULTIPLE_CHOICE_TYPES
from surveys.models import SurveyField, SurveyIndexPage, SurveyPage
from surveys.respond import LANGUAGE_KEY

DATA = read_data(__file__, "surveys.toml")


def _rich(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def _texts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each language's strings in the shape wagtail-localize extracts them (choices one a
    line, as the form builder stores them)."""
    return {
        code: {
            **{key: value for key, value in spec[code].items() if key != "questions"},
            "questions": [
                {**question, "choices": "\n".join(question["choices"])}
                for question in spec[code].get("questions", [])
            ],
        }
        for code in LANGUAGES
    }


def translate_all(page: Page, texts: dict[str, dict[str, Any]], locales: dict[str, Locale]) -> None:
    """``services.demo.translate_all``, for texts with lines: wagtail-localize shows a line
    break of a plain-text segment (the list of choices) as ``<br/>``."""
    for code in TARGETS:
        if not page.has_translation(locales[code]):
            mapping = translation_map(texts[SOURCE], texts[code])
            lines = {
                source.replace("\n", "<br/>"): target.replace("\n", "<br/>")
                for source, target in mapping.items()
                if "\n" in source
            }
            translate(page, locales[code], {**mapping, **lines})


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    texts = _texts(DATA["index"])
    index = SurveyIndexPage.objects.child_of(home).filter(locale=source).first()
    if index is None:
        index = SurveyIndexPage(
            title=texts[SOURCE]["title"],
            slug=texts[SOURCE]["slug"],
            intro=texts[SOURCE]["intro"],
            show_in_menus=True,
            locale=source,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    translate_all(index, texts, locales)
    for spec in DATA["survey"]:
        _load_survey(index, spec, locales)


def _load_survey(index: SurveyIndexPage, spec: dict[str, Any], locales: dict[str, Locale]) -> None:
    source = locales[SOURCE]
    texts = _texts(spec)
    sq = texts[SOURCE]
    survey = SurveyPage.objects.child_of(index).filter(slug=sq["slug"]).first()
    if survey is None:
        survey = SurveyPage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            thank_you_text=_rich(sq["thank_you_text"]),
            one_per_respondent=spec["one_per_respondent"],
            locale=source,
            form_fields=[
                SurveyField(
                    label=question["label"],
                    help_text=question["help_text"],
                    choices=question["choices"],
                    field_type=field_type,
                    required=required,
                    sort_order=order,
                    locale=source,
                )
                for order, (question, field_type, required) in enumerate(
                    zip(sq["questions"], spec["types"], spec["required"], strict=True)
                )
            ],
        )
        index.add_child(instance=survey)
        survey.save_revision().publish()
    translate_all(survey, texts, locales)
    if not survey.get_submissions().exists():
        _answer(survey, spec["answers"])


def _answer(survey: SurveyPage, answers: list[dict[str, Any]]) -> None:
    """The demo's answers, stored as the site stores them: on the source page, choices in its
    wording."""
    questions = list(survey.get_form_fields())
    for answer in answers:
        data: dict[str, Any] = {LANGUAGE_KEY: answer["language"]}
        for question, value in zip(questions, answer["values"], strict=True):
            choices = question.options
            if question.field_type in MULTIPLE_CHOICE_TYPES:
                data[question.clean_name] = [choices[position] for position in value]
            elif choices:
                data[question.clean_name] = choices[value]
            else:
                data[question.clean_name] = value
        FormSubmission.objects.create(form_data=data, page=survey)
