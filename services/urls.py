"""How registered plugins are mounted: their site pages under the language prefix."""

from collections.abc import Iterable

from django.urls import URLResolver, include, path

from services.registry import ServicePlugin


def plugin_site_patterns(plugins: Iterable[ServicePlugin]) -> list[URLResolver]:
    """``/<language>/<slug>/...`` for each plugin with site URLs, namespaced by its slug."""
    return [
        path(f"{plugin.slug}/", include((plugin.urls(), plugin.slug), namespace=plugin.slug))
        for plugin in plugins
        if plugin.urls
    ]
