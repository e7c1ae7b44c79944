"""URL helpers of the shared core: absolute addresses, and how plugins' site pages are mounted."""

from collections.abc import Iterable

from django.conf import settings
from django.urls import URLResolver, include, path

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
