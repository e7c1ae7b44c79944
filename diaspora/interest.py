"""Registration of interest in a diaspora gathering: one form and one gate for the site's page
and the API (``services.gate``), with the captcha checked last (``services.captcha``).

Nothing here names the page model: the page hands itself in, so the models can use this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries

from services.captcha import CaptchaFormMixin, captcha_fields, refresh_captcha
from services.form_errors import announce_errors
from services.formats import alphabetical
from services.gate import HONEYPOT, INVALID, RATE_LIMITED, UNSUPPORTED, Gate

#: The most people one registration speaks for (a family, a club's bus).
MAX_PEOPLE = 50

#: The marker of the page after a registration (it carries nothing personal).
REGISTERED = "registered"

GATE = Gate(
    scope="diaspora-interest",
    attempt_rate="DIASPORA_INTEREST_ATTEMPT_RATE",
    accepted_rate="DIASPORA_INTEREST_RATE",
    media_types=("application/json", "application/x-www-form-urlencoded", "multipart/form-data"),
)


def closed_message() -> str:
    return str(_("Registration of interest for this gathering is closed."))


class InterestForm(CaptchaFormMixin, forms.Form):
    name = forms.CharField(
        label=pgettext_lazy("of a person", "Name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    country = forms.ChoiceField(label=_("Country of residence"))
    people = forms.IntegerField(
        label=_("Number of people"),
        min_value=1,
        max_value=MAX_PEOPLE,
        initial=1,
        help_text=_("Including yourself."),
    )
    message = forms.CharField(
        label=_("Message (optional)"), max_length=2000, required=False, widget=forms.Textarea
    )
    consent = forms.BooleanField(
        label=_("The municipality may contact me about this gathering."),
        error_messages={"required": _("We can only register you if we may contact you.")},
    )
    captcha_key, captcha_answer = captcha_fields()

    def __init__(self, *args: Any, event: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event = event
        # Evaluated per form: country names in the reader's language.
        named = sorted(countries, key=lambda country: alphabetical(str(country.name)))
        self.fields["country"].choices = [("", "—"), *named]  # type: ignore[attr-defined]

    def full_clean(self) -> None:
        super().full_clean()
        # Errors are announced next to their field (and in the summary above the form).
        announce_errors(self)

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        if self.event is not None and not self.event.registration_accepted:
            raise ValidationError(closed_message(), code="closed")
        self.check_captcha(data)
        return data


def register(event: Any, form: InterestForm) -> Any:
    data = form.cleaned_data
    return event.interest_registrations.create(
        name=data["name"].strip(),
        email=data["email"].strip().lower(),
        country=data["country"],
        people=data["people"],
        message=data["message"].strip(),
        # The gathering's language, which the Office answers in: an API client may send no
        # Accept-Language, and the page in Serbian is the Serbian registrant's.
        language=event.locale.language_code,
    )


def run(request: HttpRequest, event: Any, read: Callable[[HttpRequest], QueryDict | None]) -> Any:
    """The gate for ``event``: site and API alike."""
    return GATE.run(
        request,
        lambda data: InterestForm(data, event=event),
        lambda form: register(event, form),
        read=read,
    )


def serve_event(
    page: Any, request: HttpRequest, serve: Callable[..., HttpResponse], *args: Any, **kwargs: Any
) -> HttpResponse:
    """The gathering's page: GET shows it with the form, POST registers interest and then
    redirects (post/redirect/get) to a confirmation that carries nothing personal."""
    if request.method != "POST":
        if REGISTERED in request.GET:
            return _render(page, request, None, registered=True)
        return _render(page, request, InterestForm(event=page))
    if GATE.too_large(request):
        return _render(page, request, InterestForm(event=page), status=413, too_large=True)
    retyped = InterestForm(initial=request.POST.dict(), event=page)
    if "new_captcha" in request.POST:
        return _render(page, request, retyped)
    outcome = run(request, page, lambda request: request.POST)
    if outcome.accepted:
        return redirect(f"{page.get_url(request)}?{REGISTERED}#interest")
    if outcome.refusal == INVALID and outcome.form is not None:
        return _render(page, request, outcome.form, status=400)
    return _render(
        page,
        request,
        outcome.form or retyped,
        status=outcome.status,
        rejected=outcome.refusal in (HONEYPOT, UNSUPPORTED),
        rate_limited=outcome.refusal == RATE_LIMITED,
    )


def _render(
    page: Any,
    request: HttpRequest,
    form: InterestForm | None,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    context = page.get_context(request)
    if form is not None and page.registration_accepted:
        context["captcha"] = refresh_captcha(form)
    context.update({"form": form, **extra})
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if request.method == "POST" or extra.get("registered"):
        response["Cache-Control"] = "no-store"
    return response
