"""Errors of the one API, in one shape and in the request's language.

Wagtail's v3 API answers errors as RFC 7807 ``application/problem+json``
(``{"type", "title", "status", "detail", "errors": [{"loc", "msg", "type"}]}``). We keep that
shape everywhere (core and plugins) and translate ``detail`` and every ``msg``, which Wagtail
and pydantic leave in English.
"""

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError

from services.gate import RATE_LIMITED, refusal_message
from services.problems import problem_response
from services.ratelimit import RateLimited

logger = logging.getLogger(__name__)


def _count(limit: object) -> int:
    """The number that picks a plural form (a limit the error context may lack)."""
    return limit if isinstance(limit, int) else 0


def _message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "unknown_field":
        # Raised by our own code with a translated message that names the field.
        return str(error.get("msg", ""))
    if kind == "missing":
        return _("This field is required.")
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return _("Enter a whole number.")
    if kind in {"greater_than_equal", "greater_than"}:
        limit = ctx.get("ge", ctx.get("gt"))
        return _("Enter a number of at least %(limit)s.") % {"limit": limit}
    if kind in {"less_than_equal", "less_than"}:
        limit = ctx.get("le", ctx.get("lt"))
        return _("Enter a number of at most %(limit)s.") % {"limit": limit}
    if kind in {"literal_error", "enum"}:
        # pydantic lists the choices as "'a', 'b' or 'c'"; the "or" would stay English.
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        return _("Unknown value. Use one of: %(expected)s.") % {"expected": expected}
    if kind == "does_not_exist":
        return _("No page matches this value.")
    if kind in {"bool_parsing", "bool_type"}:
        return _("Enter true or false.")
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        return ngettext(
            "Enter at most %(limit)s character.",
            "Enter at most %(limit)s characters.",
            _count(limit),
        ) % {"limit": limit}
    if kind == "string_too_short":
        limit = ctx.get("min_length")
        return ngettext(
            "Enter at least %(limit)s character.",
            "Enter at least %(limit)s characters.",
            _count(limit),
        ) % {"limit": limit}
    if kind in {"datetime_parsing", "datetime_from_date_parsing", "date_parsing"}:
        return _("Enter a valid date.")
    return _("This value is not valid.")


def _clean_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"loc": list(error.get("loc", [])), "msg": _message(error), "type": error.get("type", "")}
        for error in errors
    ]


def validation_problem(errors: list[dict[str, Any]], status: int = 422) -> HttpResponse:
    return problem_response(status=status, detail=_("The request is not valid."), errors=errors)


def _status(request: HttpRequest) -> int:
    # A read with bad query parameters is a bad request (400); a body that parses but fails
    # validation is unprocessable (422).
    return 400 if request.method in ("GET", "HEAD") else 422


def install(api: NinjaAPI) -> None:
    """Replace Wagtail's English-only handlers with translated ones (same shape)."""

    @api.exception_handler(NinjaValidationError)
    def ninja_validation(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        return validation_problem(_clean_errors(exc.errors), status=_status(request))

    @api.exception_handler(PydanticValidationError)
    def pydantic_validation(request: HttpRequest, exc: PydanticValidationError) -> HttpResponse:
        if any(list(error.get("loc", ()))[:1] == ["response"] for error in exc.errors()):
            # The answer could not be built (e.g. a lookup behind a field failed): our fault,
            # not the client's, and its message may name internals (hosts, ports).
            logger.error("The API could not build its answer", exc_info=exc)
            return problem_response(
                status=500, detail=_("Something went wrong on our side. Please try again later.")
            )
        errors = _clean_errors([dict(error) for error in exc.errors()])
        # Errors Wagtail raises itself (e.g. an unknown ``child_of`` page) carry a precise
        # message; keep it when there is no generic translation for its type.
        for cleaned, raw in zip(errors, exc.errors(), strict=True):
            if cleaned["msg"] == _("This value is not valid.") and raw.get("msg"):
                cleaned["msg"] = raw["msg"]
        return validation_problem(errors, status=_status(request))

    @api.exception_handler(DjangoValidationError)
    def django_validation(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        return validation_problem(
            [{"loc": [], "msg": str(msg), "type": "invalid"} for msg in exc.messages]
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return problem_response(status=404, detail=_("Not found."))

    @api.exception_handler(PermissionDenied)
    def permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        if not request.user.is_authenticated:
            return problem_response(status=401, detail=_("Authentication required."))
        return problem_response(status=403, detail=_("You do not have permission to do this."))

    @api.exception_handler(AuthenticationError)
    def not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return problem_response(status=401, detail=_("Authentication required."))

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return problem_response(status=exc.status_code, detail=str(exc))

    @api.exception_handler(SuspiciousOperation)
    def suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
        # Too many fields or files, a body over the size limit, a malformed multipart body.
        return problem_response(status=400, detail=_("The request could not be read."))

    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = problem_response(status=429, detail=refusal_message(RATE_LIMITED))
        response["Retry-After"] = "3600"
        return response
