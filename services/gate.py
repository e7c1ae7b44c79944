"""The one submission gate of every citizen write path, for the site's form and the API alike.

In this order, cheapest first: the body's size, the honeypot, the attempt limit, the form's
validation (whose captcha comes last: ``services.captcha.CaptchaFormMixin``, with any expensive
work such as decoding images only after it), and the limit of accepted submissions. Each front
door turns the outcome into its own answer (a page, or a problem document), so both refuse the
same things for the same reasons.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.translation import gettext_lazy as _

from services.problems import problem_response
from services.ratelimit import limit_exhausted, limit_reached

T = TypeVar("T")
F = TypeVar("F", bound=forms.Form)

#: Why a submission was refused, and the HTTP status it answers.
TOO_LARGE, UNSUPPORTED, UNREADABLE, HONEYPOT, RATE_LIMITED, INVALID, CONFLICT = (
    "too_large",
    "unsupported",
    "unreadable",
    "honeypot",
    "rate_limited",
    "invalid",
    "conflict",
)
STATUS = {
    TOO_LARGE: 413,
    UNSUPPORTED: 415,
    UNREADABLE: 400,
    HONEYPOT: 400,
    RATE_LIMITED: 429,
    INVALID: 400,
    CONFLICT: 409,
}


class Conflict(Exception):
    """Raised by a gate's ``accept`` when the database refuses the submission as one already
    made (a unique constraint lost to a parallel request): the gate answers 409."""


@dataclass
class Outcome(Generic[F, T]):
    #: The submitted values (None when the body was never read: too large or unreadable).
    data: QueryDict | None
    form: F | None = None
    refusal: str | None = None
    result: T | None = None

    @property
    def accepted(self) -> bool:
        return self.refusal is None

    @property
    def status(self) -> int:
        return STATUS[self.refusal] if self.refusal else 200


@dataclass(frozen=True)
class Gate:
    """The guards of one citizen write path. Rates name settings (read at each request, so a
    deployment or a test can change them): e.g. ``"COMPLAINTS_RATE"`` holding ``"5/h"``."""

    #: The rate-limit scope: attempts count in ``<scope>-attempt``, acceptances in ``<scope>``.
    scope: str
    attempt_rate: str | None = None
    accepted_rate: str | None = None
    #: The largest body accepted, in bytes (a callable: it may follow settings).
    max_body: Callable[[], int] = lambda: settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    #: The invisible field only robots fill in.
    honeypot: str = "website"
    #: The body types accepted (empty: any the reader understands).
    media_types: tuple[str, ...] = ()
    #: The scope of the accepted limit for one valid form, when it is narrower than the whole
    #: path (one poll's votes, say); ``scope`` by default.
    accepted_scope: Callable[[Any], str] | None = None

    def __post_init__(self) -> None:
        _gates.append(self)

    def run(
        self,
        request: HttpRequest,
        build_form: Callable[[QueryDict], F],
        accept: Callable[[F], T],
        read: Callable[[HttpRequest], QueryDict | None] = lambda request: request.POST,
    ) -> Outcome[F, T]:
        if self.too_large(request):
            return Outcome(None, refusal=TOO_LARGE)
        if self.media_types and request.content_type not in self.media_types:
            return Outcome(None, refusal=UNSUPPORTED)
        data = read(request)
        if data is None:
            return Outcome(None, refusal=UNREADABLE)
        if data.get(self.honeypot):
            return Outcome(data, refusal=HONEYPOT)
        if self.attempt_rate and limit_reached(
            request, f"{self.scope}-attempt", getattr(settings, self.attempt_rate)
        ):
            return Outcome(data, refusal=RATE_LIMITED)
        form = build_form(data)
        if not form.is_valid():
            return Outcome(data, form=form, refusal=INVALID)
        scope = self.accepted_scope(form) if self.accepted_scope else self.scope
        if self.accepted_rate and limit_exhausted(
            request, scope, getattr(settings, self.accepted_rate)
        ):
            return Outcome(data, form=form, refusal=RATE_LIMITED)
        try:
            result = accept(form)
        except Conflict:
            return Outcome(data, form=form, refusal=CONFLICT)
        if self.accepted_rate:
            limit_reached(request, scope, getattr(settings, self.accepted_rate))
        return Outcome(data, form=form, result=result)

    def too_large(self, request: HttpRequest) -> bool:
        """Whether the body is over the limit, told by its declared length (nothing read)."""
        return _content_length(request) > self.max_body()


#: Every gate made (one per citizen write path), so that the largest body any of them accepts
#: can be enforced before a request is read at all (see ``largest_body``).
_gates: list[Gate] = []


def largest_body() -> int:
    """The largest body a citizen write path accepts: anything larger is refused before any
    middleware parses it (a CSRF check reads a form's whole body, files included)."""
    return max([gate.max_body() for gate in _gates] + [settings.DATA_UPLOAD_MAX_MEMORY_SIZE])


def content_length(request: HttpRequest) -> int:
    return _content_length(request)


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def refusal_message(refusal: str) -> str:
    messages = {
        TOO_LARGE: _("What you sent is too large."),
        UNSUPPORTED: _(
            "This kind of request body is not accepted here: see the API documentation."
        ),
        UNREADABLE: _("The request could not be read."),
        HONEYPOT: _("Your message could not be accepted."),
        RATE_LIMITED: _("Too many requests. Please wait a while and try again."),
        INVALID: _("Please correct the errors below."),
        CONFLICT: _("This has already been sent."),
    }
    return str(messages[refusal])


def form_errors(form: forms.Form) -> list[dict[str, Any]]:
    """The form's errors in the API's problem shape: ``loc`` is ``["body", field]``."""
    return [
        {
            "loc": ["body"] if field == NON_FIELD_ERRORS else ["body", field],
            "msg": str(message),
            "type": "invalid",
        }
        for field, messages in form.errors.items()
        for message in messages
    ]


def problem(outcome: Outcome[Any, Any]) -> HttpResponse:
    """The API's answer to a refused submission (``application/problem+json``, translated)."""
    assert outcome.refusal is not None
    errors = form_errors(outcome.form) if outcome.refusal == INVALID and outcome.form else None
    response: HttpResponse = problem_response(
        status=outcome.status, detail=refusal_message(outcome.refusal), errors=errors
    )
    if outcome.refusal == RATE_LIMITED:
        response["Retry-After"] = "3600"
    return response


def json_or_form(request: HttpRequest) -> QueryDict | None:
    """An API body as the form data the gate validates: a JSON object (booleans as a ticked or
    empty box, lists as repeated values, nulls and nested objects left out) or a form post;
    None for JSON that is not an object, which the gate refuses as unreadable."""
    if request.content_type != "application/json":
        return request.POST
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(payload, dict):
        return None
    data = QueryDict(mutable=True)
    for key, value in payload.items():
        if isinstance(value, bool):
            data[key] = "on" if value else ""
        elif isinstance(value, list):
            data.setlist(key, [str(item) for item in value])
        elif value is not None and not isinstance(value, dict):
            data[key] = str(value)
    return data
