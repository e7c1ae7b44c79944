"""The Cyrillic edition of the Serbian site and API, on top of the Serbian (Latin) one.

``/sr-cyrl/<path>`` is served as ``/sr-latn/<path>`` (Django renders in Serbian, Wagtail routes
the Latin slugs) and the answer is transliterated on its way out (``home.cyrillic``): text and
readable attributes, links to Serbian pages, ``<html lang>``, redirects. In the API,
``locale=sr-cyrl`` is served as ``locale=sr-latn`` and the JSON is transliterated the same way
(``cms.middleware.ApiQueryValidationMiddleware`` maps the parameter and calls
:func:`api_response`).

Nothing is cached: the edition differs from the Latin one by URL (prefix or ``locale``), so a
cache keyed on the URL keeps them apart without ``Vary``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from home import cyrillic

_Response = TypeVar("_Response", bound=HttpResponseBase)
# Values that are addresses, identifiers or choices, never text.
_NOT_TEXT = frozenset(
    {
        "id",
        "type",
        "slug",
        "locale",
        "language_code",
        "level",
        "url",
        "href",
        "src",
        "email",
        "phones",
        "html_path",
        "file_extension",
        "alias_of",
        "first_published_at",
        "last_published_at",
        "status",
        "kind",
        "results_shown",
        "voter_token",
    }
)
_LANGUAGE_KEYS = frozenset(
    code.replace("-", "_") for code, _name in settings.LANGUAGES
) | frozenset(code for code, _name in settings.LANGUAGES)


def own_hosts(request: HttpRequest) -> frozenset[str]:
    """The addresses this site is reached at: links to them are links to our own pages."""
    hosts = {urlsplit(settings.BASE_URL).netloc}
    # A Host header not in ALLOWED_HOSTS has had its 400 already: no host of ours.
    with suppress(DisallowedHost):
        hosts.add(request.get_host())
    return frozenset(host for host in hosts if host)


# --- The site -----------------------------------------------------------------------------

#: The sections' and the bulletin's feeds, served in Cyrillic like their pages.
FEED_TYPES = ("application/atom+xml", "application/rss+xml")


class SerbianCyrillicMiddleware:
    """Serves ``/sr-cyrl/...`` as the Serbian (Latin) page, transliterated.

    Must come before ``LocaleMiddleware``, which then finds ``/sr-latn/`` and activates
    Serbian; on the way out it sees the finished response (redirects included).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not (cyrillic.enabled() and cyrillic.is_cyrillic_path(request.path_info)):
            return self.get_response(request)
        cyrillic.mark(request)
        path_info = cyrillic.latin_path(request.path_info)
        script_name = request.path[: len(request.path) - len(request.path_info)]
        request.path_info = path_info
        request.path = script_name.rstrip("/") + path_info
        request.META["PATH_INFO"] = path_info
        return site_response(request, self.get_response(request))


def site_response(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    hosts = own_hosts(request)
    if "Location" in response:
        response["Location"] = cyrillic.cyrillic_url(response["Location"], hosts)
    if "Content-Language" in response:
        response["Content-Language"] = cyrillic.BCP47
    content_type = response.get("Content-Type", "")
    feed = content_type.startswith(FEED_TYPES)
    if (
        isinstance(response, HttpResponse)
        and (content_type.startswith("text/html") or feed)
        and response.content
    ):
        charset = response.charset or "utf-8"
        # A feed is markup too: its texts become Cyrillic, its own links lead to /sr-cyrl/.
        html = cyrillic.html_to_cyrillic(response.content.decode(charset), hosts)
        if feed:
            html = html.replace('xml:lang="sr-latn"', f'xml:lang="{cyrillic.BCP47}"', 1)
        response.content = html.encode(charset)
        if "Content-Length" in response:
            response["Content-Length"] = str(len(response.content))
    return response


# --- The API ------------------------------------------------------------------------------


def api_response(request: HttpRequest, response: _Response) -> _Response:
    """The API's answer to a ``locale=sr-cyrl`` request (served as ``sr-latn``)."""
    if not cyrillic.is_requested(request):
        return response
    if "Location" in response:
        # find/ redirects to the page's detail: the detail must be in Cyrillic too.
        response["Location"] = _with_cyrillic_locale(response["Location"])
    if (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and response.get("Content-Type", "").startswith("application/json")
    ):
        data = json.loads(response.content)
        transliterated = _Transliterator(own_hosts(request)).walk(data, serbian=True)
        response.content = json.dumps(transliterated, ensure_ascii=False).encode("utf-8")
        if "Content-Length" in response:
            response["Content-Length"] = str(len(response.content))
    return response


def _with_cyrillic_locale(url: str) -> str:
    parts = urlsplit(url)
    if not parts.path.startswith("/api/"):
        return url
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "locale"]
    query.append(("locale", cyrillic.CODE))
    return urlunsplit(parts._replace(query=urlencode(query)))


class _Transliterator:
    """Walks the API's JSON: the text of Serbian objects becomes Cyrillic, addresses and
    identifiers stay, and each object's language is read from the object itself.

    A page says its language in ``meta.locale`` (or ``locale`` in a translations list), a page
    reference only by its ``html_url``; ``translations`` of a Serbian page are in other
    languages; a value keyed by a language code (``names.sq``) is in that language.
    """

    def __init__(self, hosts: frozenset[str]) -> None:
        self.hosts = hosts

    def walk(self, value: Any, serbian: bool) -> Any:
        if isinstance(value, dict):
            return self.walk_object(value, serbian)
        if isinstance(value, list):
            return [self.walk(item, serbian) for item in value]
        if isinstance(value, str) and serbian:
            if "<" in value and ">" in value:
                return cyrillic.html_to_cyrillic(value, self.hosts)
            return cyrillic.to_cyrillic(value)
        return value

    def walk_object(self, data: dict[str, Any], serbian: bool) -> dict[str, Any]:
        serbian = self.language_of(data, serbian)
        result: dict[str, Any] = {}
        for key, value in data.items():
            if key in _LANGUAGE_KEYS:
                result[key] = value
            elif key == "locale" and isinstance(value, str):
                result[key] = cyrillic.CODE if serbian and value == cyrillic.SOURCE else value
            elif key == "html_url" and isinstance(value, str):
                result[key] = (
                    cyrillic.cyrillic_url(value, self.hosts | {urlsplit(value).netloc})
                    if serbian
                    else value
                )
            elif key == "detail_url" and isinstance(value, str):
                # Following a Serbian page's detail_url stays in Cyrillic.
                result[key] = _with_cyrillic_locale(value) if serbian else value
            elif key in _NOT_TEXT or key.endswith(("_url", "_at")):
                result[key] = value
            else:
                result[key] = self.walk(value, serbian)
        return result

    @staticmethod
    def language_of(data: dict[str, Any], inherited: bool) -> bool:
        meta = data.get("meta")
        locale = meta.get("locale") if isinstance(meta, dict) else None
        locale = locale if isinstance(locale, str) else data.get("locale")
        if isinstance(locale, str) and locale:
            return locale == cyrillic.SOURCE
        html_url = data.get("html_url")
        if html_url is None and isinstance(meta, dict) and "html_url" in meta:
            html_url = meta["html_url"]
            if html_url is None:
                # The tree's root (Wagtail's "Root"), no page of the site.
                return False
        if isinstance(html_url, str):
            path = urlsplit(html_url).path
            return path == f"/{cyrillic.SOURCE}" or path.startswith(f"/{cyrillic.SOURCE}/")
        return inherited


def describe_locale_parameter(schema: dict[str, Any]) -> dict[str, Any]:
    """Say in the OpenAPI document which values ``locale`` takes, sr-cyrl included when the
    Cyrillic edition is on (the parameter is a free string in Wagtail's schema)."""
    codes = [code for code, _name in settings.LANGUAGES]
    description = f"Language of the content: {', '.join(codes)}."
    if cyrillic.enabled():
        description += (
            f" `{cyrillic.CODE}` gives the Serbian (`{cyrillic.SOURCE}`) content transliterated"
            f" into Cyrillic script, reported as locale `{cyrillic.CODE}`, with `html_url` on"
            f" the site's /{cyrillic.CODE}/ pages."
        )
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "locale" and parameter.get("in") == "query":
                    parameter["description"] = description
    return schema
