"""URL helpers of the shared core: absolute addresses, and how plugins' site pages are mounted."""

from collections.abc import Iterable

from django.conf import settings
from django.urls import NoReverseMatch, URLResolver, include, path, reverse

from services.registry import ServicePlugin


def absolute(url: str) -> str:
    """``url`` on the public address (``BASE_URL``): what e-mails, feeds and API clients need."""
    if url.startswith(("http://", "https://")):
        return url
    return f"{settings.BASE_URL}{url}"


def plugin_site_patterns(plugins: Iterable[ServicePlugin]) -> list[URLResolver]:
    """``/<language>/<slug>/...`` for each plugin with site URLs, namespaced by its slug."""
    return [
        path(f"{plugin.slug}/", include((plugin.urls(), plugin.slug), namespace=plugin.slug))
        for plugin in plugins
        if plugin.urls
    ]


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
