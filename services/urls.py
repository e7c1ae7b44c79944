"""URL helpers of the shared core: absolute addresses, and how plugins' site pages are mounted."""

from collections.abc import Iterable

from django.conf import settings
from django.urls import NoReverseMatch, URLPattern, URLResolver, include, path, reverse
from django.utils.functional import Promise

from services.registry import ServicePlugin, registry


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


def _entry_name(plugin: ServicePlugin) -> str | None:
    """The URL name of a plugin's landing page: its pattern at ``/<language>/<slug>/``."""
    if plugin.urls is None:
        return None
    for pattern in plugin.urls():
        if isinstance(pattern, URLPattern) and str(pattern.pattern) == "" and pattern.name:
            return str(pattern.name)
    return None


def plugin_entry_url(plugins: Iterable[ServicePlugin], slug: str) -> str | None:
    """The address of a plugin's own landing page (its ``""`` route, in the active language),
    or None when the plugin is not installed or has no such page."""
    plugin = next((plugin for plugin in plugins if plugin.slug == slug), None)
    name = _entry_name(plugin) if plugin is not None else None
    if name is None:
        return None
    try:
        return str(reverse(f"{slug}:{name}"))
    except NoReverseMatch:
        # Registered after the URLconf was built (a test's plugin): not served.
        return None


def entry_choices() -> list[tuple[str, str | Promise]]:
    """Plugins with a landing page of their own, for link choosers (a callable, so that
    migrations never list plugins)."""
    return [(plugin.slug, plugin.label) for plugin in registry if _entry_name(plugin)]
