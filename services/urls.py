"""URL helpers of the shared core: absolute addresses, and how plugins' site pages are mounted.

A plugin's site pages live under the language prefix with words in that language, like pages'
slugs (``/sq/ankesat/gjurmo/``, ``/sr-latn/prituzbe/pracenje/``, ``/en/complaints/track/``):
each plugin gives its first segment per language (``ServicePlugin.url_slugs``) and writes its
routes with :func:`localized`. ``reverse()`` gives the address in the active language, and the
language switcher (``translate_url``) leads to the same page in another one.

The English addresses are the ones every language used before, and e-mails already sent carry
them: under every language prefix they still lead to the page, a GET by a 301 to its address in
that language (query string kept), any other method served where it is (a mail client's one-click
unsubscribe POSTs to the address in the e-mail and follows no redirect).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, URLPattern, URLResolver, include, path, reverse
from django.utils.translation import get_language

from services.registry import ServicePlugin, UrlList


def absolute(url: str) -> str:
    """``url`` on the public address (``BASE_URL``): what e-mails, feeds and API clients need."""
    if url.startswith(("http://", "https://")):
        return url
    return f"{settings.BASE_URL}{url}"


class LocalizedRoute:
    """A ``path()`` route that reads differently in each language: Django compiles a route that
    is not a plain string once per language (``LocaleRegexRouteDescriptor``), as it does for
    ``gettext_lazy`` routes. Held in code rather than in the catalogs: an address must not
    change because a translation was reworded."""

    def __init__(self, default: str, translations: Mapping[str, str]) -> None:
        #: The English route, used by languages without their own.
        self.default = default
        self.translations = dict(translations)

    def __str__(self) -> str:
        return self.translations.get(get_language() or "", self.default)

    def __repr__(self) -> str:
        return f"LocalizedRoute({self.default!r}, {self.translations!r})"

    # What Django's URL checks ask of a route.
    def __contains__(self, text: str) -> bool:
        return text in str(self)

    def startswith(self, prefix: str | tuple[str, ...]) -> bool:
        return str(self).startswith(prefix)

    def endswith(self, suffix: str | tuple[str, ...]) -> bool:
        return str(self).endswith(suffix)


def localized(default: str, translations: Mapping[str, str]) -> Any:
    """A route per language, e.g. ``localized("track/", {"sq": "gjurmo/"})``; typed ``Any``
    because ``path()`` is typed for strings only."""
    return LocalizedRoute(default, translations)


def plugin_site_patterns(plugins: Iterable[ServicePlugin]) -> list[URLResolver]:
    """``/<language>/<slug in that language>/...`` for each plugin with site URLs, namespaced
    by its slug; then the English addresses of the same pages, for links already sent."""
    with_urls = [plugin for plugin in plugins if plugin.urls]
    patterns = [
        path(
            localized(
                f"{plugin.slug}/", {code: f"{slug}/" for code, slug in plugin.url_slugs.items()}
            ),
            include((_urls(plugin), plugin.slug), namespace=plugin.slug),
        )
        for plugin in with_urls
    ]
    patterns += [
        path(f"{plugin.slug}/", include(_earlier_addresses(_urls(plugin), plugin.slug)))
        for plugin in with_urls
    ]
    return patterns


def _urls(plugin: ServicePlugin) -> UrlList:
    assert plugin.urls is not None
    return plugin.urls()


def _earlier_addresses(patterns: UrlList, namespace: str) -> list[URLPattern]:
    """The plugin's named pages at their English routes, leading to their own addresses."""
    earlier = []
    for pattern in patterns:
        if not isinstance(pattern, URLPattern) or not pattern.name:
            continue
        # Routes written with path() (a re_path has no English route to give).
        route = getattr(pattern.pattern, "_route", None)
        if route is None:
            continue
        english = route.default if isinstance(route, LocalizedRoute) else str(route)
        view = _moved(f"{namespace}:{pattern.name}", pattern.callback)
        earlier.append(path(english, view, pattern.default_args))
    return earlier


def _moved(view_name: str, view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    def moved(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        target = reverse(view_name, args=args, kwargs=kwargs)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)

    # The original view's attributes (csrf_exempt above all) hold for the old address too.
    moved.__dict__.update(view.__dict__)
    return moved


def plugin_entry_url(plugins: Iterable[ServicePlugin], slug: str) -> str | None:
    """The address of a plugin's own landing page (its ``""`` route, in the active language),
    or None when the plugin is not installed or has no such page."""
    plugin = next((plugin for plugin in plugins if plugin.slug == slug), None)
    name = plugin.entry_url_name() if plugin is not None else None
    if name is None:
        return None
    try:
        return str(reverse(f"{slug}:{name}"))
    except NoReverseMatch:
        # Registered after the URLconf was built (a test's plugin): not served.
        return None
