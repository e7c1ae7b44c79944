"""The API's error answers (``application/problem+json``), with a translated ``title``.

Wagtail's ``problem_response`` titles every problem with the English HTTP phrase ("Bad
Request") while our ``detail`` is in the request's language; a front end that shows the title
showed English on an Albanian page. Every error of the API goes through this module (a test
checks that nothing calls Wagtail's directly).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.api.v3 import errors as wagtail_errors

PROBLEM_JSON = wagtail_errors.PROBLEM_JSON
ProblemDetail = wagtail_errors.ProblemDetail

TITLES = {
    400: _("Bad request"),
    401: _("Authentication required"),
    403: _("Forbidden"),
    404: _("Not found"),
    405: _("Method not allowed"),
    409: _("Conflict"),
    413: _("Request too large"),
    415: _("Unsupported media type"),
    422: _("Request not valid"),
    429: _("Too many requests"),
    500: _("Server error"),
    503: _("Service unavailable"),
}


def status_title(status: int) -> str:
    """The problem's title in the active language (the HTTP phrase, in English)."""
    title = TITLES.get(status)
    return str(title) if title is not None else wagtail_errors._status_title(status)


def problem_response(
    *,
    status: int,
    title: str | None = None,
    detail: str = "",
    errors: list[dict[str, Any]] | None = None,
    type_uri: str = wagtail_errors.DEFAULT_PROBLEM_TYPE,
) -> HttpResponse:
    return wagtail_errors.problem_response(
        status=status,
        title=title or status_title(status),
        detail=detail,
        errors=errors,
        type_uri=type_uri,
    )
