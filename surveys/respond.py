"""Answering a survey: the form built from its questions with the shared captcha, the one
submission gate (``services.gate``), "one answer per respondent", and the thank-you page.

Nothing here names the page model: the page hands itself in, so the models can use this module.
Nothing identifies a respondent: no address is stored (the per-address limit counts a salted
hash, ``services.ratelimit``) and the answers carry only the respondent's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import FormSubmission

from services.captcha import CaptchaFormMixin, captcha_fields, refresh_captcha
from services.form_errors import announce_errors
from services.gate import HONEYPOT, INVALID, RATE_LIMITED, UNSUPPORTED, Gate
from services.ratelimit import limit_exhausted, limit_reached
from surveys.choices import CHOICE_TYPES, split_choices, to_source

#: The key of the respondent's language in a stored answer (beside the questions' own keys).
LANGUAGE_KEY = "respondent_language"

#: The marker of the thank-you page (it carries nothing about the answers).
THANKS = "thanks"

#: The longest answer to a multi-line question.
MAX_TEXT = 5000

#: How long the "already answered" cookie lasts: a survey runs for a year at most.
COOKIE_AGE = 400 * 24 * 3600
COOKIE_SALT = "surveys.answered"

GATE = Gate(
    scope="surveys",
    attempt_rate="SURVEY_ATTEMPT_RATE",
    accepted_rate="SURVEY_RATE",
    media_types=("application/x-www-form-urlencoded", "multipart/form-data"),
)


#: Names a question's key may not take: the form's own fields and the stored answer's keys.
RESERVED_NAMES = frozenset(
    {GATE.honeypot, "captcha_key", "captcha_answer", "new_captcha", LANGUAGE_KEY, "submit_time"}
)


class SurveyFormBuilder(FormBuilder):
    def create_dropdown_field(self, field: Any, options: dict[str, Any]) -> forms.Field:
        # A drop-down starts on no answer: without it, everyone who skipped the question (or
        # could not see it was required) counted as choosing its first choice.
        options["choices"] = [("", "—"), *self.get_formatted_field_choices(field)]
        return forms.ChoiceField(**options)

    def create_multiline_field(self, field: Any, options: dict[str, Any]) -> forms.Field:
        # Wagtail sets no limit on long answers: one answer is not a document.
        options["max_length"] = MAX_TEXT
        return super().create_multiline_field(field, options)  # type: ignore[no-any-return]


class SurveyForm(CaptchaFormMixin, BaseForm):
    """The questions (added per survey by :func:`form_class`), then the captcha, checked last."""

    def full_clean(self) -> None:
        super().full_clean()
        # Errors are announced next to their field (and in the summary above the form).
        announce_errors(self)

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        self.check_captcha(data)
        return data

    def questions(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in RESERVED_NAMES]


def form_class(fields: Iterable[Any]) -> type[SurveyForm]:
    questions = SurveyFormBuilder(fields).formfields
    key, answer = captcha_fields()
    return type(
        "SurveyForm", (SurveyForm,), {**questions, "captcha_key": key, "captcha_answer": answer}
    )


def store(page: Any, form: SurveyForm) -> FormSubmission:
    """The answers, on the survey's source page, each under the source question's key and a
    choice in the source's wording (the same position in its list)."""
    source = page.survey_source()
    originals = {field.translation_key: field for field in source.get_form_fields()}
    data: dict[str, Any] = {LANGUAGE_KEY: page.locale.language_code}
    for field in page.get_form_fields():
        value = form.cleaned_data.get(field.clean_name)
        original = originals.get(field.translation_key, field)
        if field.field_type in CHOICE_TYPES:
            own, theirs = split_choices(field.choices), split_choices(original.choices)
            if isinstance(value, list):
                value = [to_source(item, own, theirs) for item in value]
            elif value:
                value = to_source(value, own, theirs)
        data[original.clean_name] = value
    submission: FormSubmission = FormSubmission.objects.create(form_data=data, page=source)
    return submission


def cookie_name(page: Any) -> str:
    # One survey in every language: answering in Albanian counts for the Serbian page too.
    return f"survey-{page.survey_source().pk}"


def address_scope(page: Any) -> str:
    return f"survey-{page.survey_source().pk}-address"


def answered(page: Any, request: HttpRequest) -> bool:
    """Whether this browser has answered the survey (a signed cookie: it cannot be forged)."""
    value = request.get_signed_cookie(cookie_name(page), default=None, salt=COOKIE_SALT)
    return value == "1"


def retyped(page: Any, data: QueryDict) -> SurveyForm:
    """An unbound form showing what was sent (validating it would use up the captcha)."""
    form = page.get_form(page=page)
    initial = {
        name: data.getlist(name)
        if isinstance(field, forms.MultipleChoiceField)
        else data.get(name, "")
        for name, field in form.fields.items()
        if name in data
    }
    form.initial.update(initial)
    return form  # type: ignore[no-any-return]


def serve(page: Any, request: HttpRequest) -> HttpResponse:
    """GET shows the survey (or that it is answered); POST answers it and then redirects
    (post/redirect/get) to the thank-you page in the respondent's language."""
    once = page.one_per_respondent
    if request.method != "POST":
        if THANKS in request.GET:
            return render_landing(page, request)
        if once and answered(page, request):
            return _render(page, request, None, already=True)
        return _render(page, request, page.get_form(page=page))
    if GATE.too_large(request):
        return _render(page, request, page.get_form(page=page), status=413, too_large=True)
    if once and answered(page, request):
        return _render(page, request, None, status=409, already=True)
    rate = settings.SURVEY_ANSWERS_PER_ADDRESS
    if once and limit_exhausted(request, address_scope(page), rate):
        return _render(page, request, None, status=409, already=True, from_address=True)
    if "new_captcha" in request.POST:
        return _render(page, request, retyped(page, request.POST))
    outcome = GATE.run(
        request,
        lambda data: page.get_form(data, page=page),
        lambda form: page.process_form_submission(form),
    )
    if outcome.accepted:
        response = redirect(f"{page.get_url(request)}?{THANKS}")
        if once:
            limit_reached(request, address_scope(page), rate)
            response.set_signed_cookie(
                cookie_name(page),
                "1",
                salt=COOKIE_SALT,
                max_age=COOKIE_AGE,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response
    if outcome.refusal == INVALID and outcome.form is not None:
        return _render(page, request, outcome.form, status=400)
    return _render(
        page,
        request,
        outcome.form or retyped(page, request.POST),
        status=outcome.status,
        rejected=outcome.refusal in (HONEYPOT, UNSUPPORTED),
        rate_limited=outcome.refusal == RATE_LIMITED,
    )


def render_landing(page: Any, request: HttpRequest) -> HttpResponse:
    context = page.get_context(request)
    response = TemplateResponse(request, page.get_landing_page_template(request), context)
    response["Cache-Control"] = "no-store"
    return response


def _render(
    page: Any,
    request: HttpRequest,
    form: SurveyForm | None,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    context = page.get_context(request)
    if form is not None:
        context["captcha"] = refresh_captcha(form)
    context.update({"form": form, **extra})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    # The form carries a one-time captcha; the answered state is this browser's own.
    response["Cache-Control"] = "no-store"
    return response
