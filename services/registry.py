"""The registry of public-service plugins.

A plugin is a Django app under ``services/`` that calls :func:`register` from its
``AppConfig.ready()``. ``cms/api.py`` and ``cms/urls.py`` mount whatever is registered, so
enabling or disabling a plugin is one line in ``INSTALLED_APPS`` and nothing else names it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver
from django.utils.functional import Promise

UrlList = list[URLPattern | URLResolver]


@dataclass(frozen=True)
class ServicePlugin:
    #: URL-safe identifier: the API is mounted at ``/api/v3/<slug>/``.
    slug: str
    #: Translatable, human name (``gettext_lazy``).
    label: str | Promise
    #: A django-ninja ``Router`` with the plugin's API operations.
    router: Any = None
    #: Returns the plugin's site URL patterns, mounted under ``/<language>/<slug>/``.
    urls: Callable[[], UrlList] | None = None
    #: Renders the plugin's widget for the generic service block: (request, options) -> html.
    render_widget: Callable[..., str] | None = None
    #: Returns the Wagtail admin menu items (``wagtail.admin.menu.MenuItem``) the plugin adds.
    menu_items: Callable[[], list] | None = None


class PluginRegistry:
    def __init__(self) -> None:
        self._plugins: dict[str, ServicePlugin] = {}

    def register(self, plugin: ServicePlugin) -> None:
        existing = self._plugins.get(plugin.slug)
        if existing is not None and existing != plugin:
            raise ValueError(f"A service plugin with slug {plugin.slug!r} is already registered.")
        self._plugins[plugin.slug] = plugin

    def unregister(self, slug: str) -> None:
        self._plugins.pop(slug, None)

    def get(self, slug: str) -> ServicePlugin | None:
        return self._plugins.get(slug)

    def __iter__(self):
        return iter(sorted(self._plugins.values(), key=lambda plugin: plugin.slug))

    def __contains__(self, slug: str) -> bool:
        return slug in self._plugins

    def widget_choices(self) -> list[tuple[str, str]]:
        return [(plugin.slug, plugin.label) for plugin in self if plugin.render_widget]


registry = PluginRegistry()


def register(plugin: ServicePlugin) -> None:
    registry.register(plugin)


def widget_choices() -> list[tuple[str, str]]:
    """Choices for the generic service block; a callable so migrations never list plugins."""
    return registry.widget_choices()
