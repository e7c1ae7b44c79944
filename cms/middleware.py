"""Checks on the API's common query parameters, before any router sees them.

Every list of the API takes ``locale``, ``limit`` and ``offset``. Checking them once here
gives every router (Wagtail's and the plugins') the same clear, translated answer, instead of
a bare 404 for an unknown locale or an English pydantic message for a negative limit.
"""

import re
from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, QueryDict
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import (
    get_language,
    get_language_from_path,
    get_language_from_request,
)
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cms.api_errors import validation_problem
from cms.cyrillic import api_response as cyrillic_api_response
from home import cyrillic
from home.search import clean_query
from services.gate import content_length, largest_body
from services.problems import PROBLEM_JSON, problem_response

API_PREFIX = "/api/"
FIND_PATH = "/api/v3/pages/find/"
# Offsets beyond this cannot address a real row and overflow some databases' integers.
MAX_OFFSET = 2**31 - 1


#: ``site`` is a hostname with an optional port (``example.org:8000``): a port that is no
#: number would reach the database as one. The OpenAPI document states the same pattern.
SITE_PATTERN = r"^[^:\x00]*(:[0-9]{1,5})?$"


#: No query value may hold a NUL character (databases refuse it): as a pattern, for the
#: OpenAPI document.
NUL_FREE = r"^[^\x00]*$"


def accepted_locales() -> list[str]:
    """The values ``locale`` takes on every API read: the content languages that exist, and
    the Cyrillic edition when it is on (the OpenAPI document lists the same)."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    known = [language for language, _name in settings.LANGUAGES if language in existing]
    if cyrillic.enabled() and cyrillic.SOURCE in known:
        known.insert(known.index(cyrillic.SOURCE) + 1, cyrillic.CODE)
    return known


def page_bounds() -> dict[str, tuple[int, int]]:
    """The smallest and largest ``limit`` and ``offset`` of every API list (the OpenAPI
    document states the same bounds)."""
    return {
        "limit": (1, int(getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20))),
        "offset": (0, MAX_OFFSET),
    }


class ApiQueryValidationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX) and request.method in ("GET", "HEAD"):
            errors = self.check(request)
            if errors:
                return validation_problem(errors, status=400)
            request.GET = self.normalise(request)  # type: ignore[assignment]
            return cyrillic_api_response(request, self.get_response(request))
        return self.get_response(request)

    def normalise(self, request: HttpRequest) -> QueryDict:
        params = request.GET.copy()
        if "locale" in params:
            # The site writes "sr-Latn" (BCP 47); the API accepts either case.
            params["locale"] = str(params["locale"]).lower()
            if params["locale"] == cyrillic.CODE and cyrillic.enabled():
                # The Cyrillic edition is the Serbian content, transliterated on the way out.
                params["locale"] = cyrillic.SOURCE
                cyrillic.mark(request)
        if "search" in params:
            # Searching is for words; search-engine syntax in a query must not reach the
            # backend (a stray quote is an SQLite syntax error).
            params["search"] = clean_query(str(params["search"]))
        if request.path == FIND_PATH and params.get("html_path"):
            html_path = str(params["html_path"])
            if cyrillic.enabled() and cyrillic.is_cyrillic_path(html_path):
                # A Cyrillic page's address finds its Serbian page, given in Cyrillic.
                html_path = cyrillic.latin_path(html_path)
                cyrillic.mark(request)
            page_id = self.page_for_html_path(request, html_path)
            if page_id is not None:
                params.pop("html_path")
                params["id"] = str(page_id)
        return params

    @staticmethod
    def page_for_html_path(request: HttpRequest, html_path: str) -> int | None:
        """Resolve a site URL with its language prefix (as ``html_url`` gives it) to a page.

        Wagtail's ``find`` routes paths from the default language's root only, so
        ``/sr-latn/o-opstini/`` would not be found.
        """
        language = get_language_from_path(html_path)
        if language is None:
            return None
        rest = html_path.lstrip("/").removeprefix(language)
        site = Site.find_for_request(request)
        if site is None:
            return None
        with translation.override(language):
            try:
                page, _args, _kwargs = site.root_page.localized.specific.route(
                    request, [part for part in rest.split("/") if part]
                )
            except Http404:
                return None
        return page.pk

    def check(self, request: HttpRequest) -> list[dict]:
        params = request.GET
        errors = [
            {
                "loc": ["query", name],
                "type": "null_character",
                "msg": _("This value contains a character that is not allowed."),
            }
            for name, values in params.lists()
            if any("\x00" in value for value in values)
        ]
        if errors:
            return errors
        if "locale" in params:
            code = params["locale"].lower()
            known = accepted_locales()
            if code not in known:
                errors.append(
                    {
                        "loc": ["query", "locale"],
                        "type": "unknown_locale",
                        "msg": _("Unknown language “%(code)s”. Use one of: %(known)s.")
                        % {"code": params["locale"][:20], "known": ", ".join(known)},
                    }
                )
        if "site" in params and not re.match(SITE_PATTERN, params["site"]):
            errors.append(
                {
                    "loc": ["query", "site"],
                    "type": "site_format",
                    "msg": _("Give a hostname, optionally with a port number (example.org:8000)."),
                }
            )
        for name, (low, high) in page_bounds().items():
            if name not in params:
                continue
            try:
                value = int(params[name])
            except ValueError:
                errors.append(
                    {
                        "loc": ["query", name],
                        "type": "int_parsing",
                        "msg": _("Enter a whole number."),
                    }
                )
                continue
            if not low <= value <= high:
                errors.append(
                    {
                        "loc": ["query", name],
                        "type": "out_of_range",
                        "msg": _("Enter a number from %(low)s to %(high)s.")
                        % {"low": low, "high": high},
                    }
                )
        return errors


class ApiMethodNotAllowedMiddleware:
    """A method a path of the API does not answer: 405 in the API's own shape (django-ninja
    answers it as plain text), with the ``Allow`` header naming the methods it does answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if (
            response.status_code == 405
            and request.path.startswith(API_PREFIX)
            and not response.get("Content-Type", "").startswith(PROBLEM_JSON)
        ):
            problem = problem_response(status=405, detail=_("This method is not allowed here."))
            if "Allow" in response:
                problem["Allow"] = response["Allow"]
            return problem
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, without its 404 redirect for paths that never carry a
    language prefix.

    Django answers a 404 outside the prefixed patterns by redirecting to ``/<language>/...``
    when that path resolves, and Wagtail's catch-all resolves everything: an unknown API object
    would become a redirect to an HTML page. API clients must get their 404.
    """

    UNPREFIXED = (
        "/api/",
        "/admin/",
        "/documents/",
        "/captcha/",
        "/healthz",
        "/readyz",
        "/static/",
        "/media/",
        "/i18n/",
    )

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if response.status_code == 404 and (
            request.path.startswith(self.UNPREFIXED)
            # With the Cyrillic edition off, /sr-cyrl/ is no language: a plain 404, not a
            # redirect to /sq/sr-cyrl/.
            or cyrillic.is_cyrillic_path(request.path)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


class BodySizeLimitMiddleware:
    """A request whose declared body is larger than anything the site accepts is refused with
    413 before anything reads it: Django's CSRF check parses a form's body, files spooled to
    disk, before the view's own gate could refuse it. Citizens' paths accept at most what
    their largest write path does; the admin, the largest upload (a document or an image)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if content_length(request) > self.limit(request):
            # The reader's language, from the address or the browser: the locale middleware
            # has not run yet.
            language = get_language_from_path(request.path_info) or get_language_from_request(
                request
            )
            with translation.override(language):
                message = _("What you sent is too large.")
                if request.path.startswith(API_PREFIX):
                    return problem_response(status=413, detail=message)
                return render(request, "413.html", {"message": message}, status=413)
        return self.get_response(request)

    def limit(self, request: HttpRequest) -> int:
        if request.path.startswith("/admin/") or request.path.startswith("/django-admin/"):
            return int(settings.ADMIN_MAX_BODY)
        return largest_body()


class PermissionsPolicyMiddleware:
    """Turns off browser features no page uses (camera, microphone, location, payment...), so
    that embedded or injected content cannot ask for them either."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
