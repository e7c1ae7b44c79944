"""The registry of public-service plugins, and of the capabilities they offer to sections.

A plugin is a Django app under ``services/`` that calls :func:`register` from its
``AppConfig.ready()``. ``cms/api.py`` and ``cms/urls.py`` mount whatever is registered, so
enabling or disabling a plugin is one line in ``INSTALLED_APPS`` and nothing else names it.

Sections (the bulletin, partners, diaspora, ...) never import a plugin. They register what they
bring (mail topics) and use what plugins offer through :meth:`PluginRegistry.capability`; when
no installed plugin offers a capability, the section simply goes without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ImproperlyConfigured
from django.urls import URLPattern, URLResolver
from django.utils.functional import Promise

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.models import Locale, Page

UrlList = Sequence[URLPattern | URLResolver]
#: ``load_demo(home, locales)``: adds the plugin's part of the demo site (idempotent).
DemoLoader = Callable[["Page", "dict[str, Locale]"], None]


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
    #: The first segment of the site URLs per language code, like a page's slug
    #: (``{"sq": "ankesat"}``); a language not listed uses ``slug`` (see ``services.urls``).
    url_slugs: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Renders the plugin's widget for the generic service block: (request, options) -> html.
    render_widget: Callable[[HttpRequest | None, Any], str] | None = None
    #: The widget as a link, for editions that cannot run it (an e-mail, a PDF): options ->
    #: (text, site path) of the page where it runs, or None when there is none.
    widget_link: Callable[[Any], tuple[str, str] | None] | None = None
    #: Slugs of the plugins this one cannot work without (start-up fails when one is missing).
    requires: tuple[str, ...] = ()
    #: Adds the plugin's part of the demo site; called by ``manage.py load_demo``.
    load_demo: DemoLoader | None = None
    #: What the plugin offers sections, by capability name (see ``services.capabilities``).
    capabilities: Mapping[str, object] = field(default_factory=dict, hash=False, compare=False)

    def entry_url_name(self) -> str | None:
        """The URL name of the plugin's own landing page (its pattern at
        ``/<language>/<slug>/``), if it has one: what a link to the service leads to."""
        for pattern in self.urls() if self.urls is not None else ():
            if isinstance(pattern, URLPattern) and str(pattern.pattern) == "" and pattern.name:
                return str(pattern.name)
        return None


@dataclass(frozen=True)
class MailTopic:
    """Something people can subscribe to by e-mail, registered by the section that owns it."""

    #: Stored with each subscription: never rename it once people subscribed.
    key: str
    #: Translatable name shown in the subscription form and the API.
    label: str | Promise
    #: The page types sent to this topic's subscribers ("Send by e-mail" in their menu).
    page_types: tuple[type, ...] = ()


class PluginRegistry:
    def __init__(self) -> None:
        self._plugins: dict[str, ServicePlugin] = {}
        self._topics: dict[str, MailTopic] = {}

    # --- plugins ------------------------------------------------------------------------

    def register(self, plugin: ServicePlugin) -> None:
        existing = self._plugins.get(plugin.slug)
        if existing is not None and existing != plugin:
            raise ValueError(f"A service plugin with slug {plugin.slug!r} is already registered.")
        self._plugins[plugin.slug] = plugin

    def unregister(self, slug: str) -> None:
        self._plugins.pop(slug, None)

    def get(self, slug: str) -> ServicePlugin | None:
        return self._plugins.get(slug)

    def __iter__(self) -> Iterator[ServicePlugin]:
        return iter(sorted(self._plugins.values(), key=lambda plugin: plugin.slug))

    def __contains__(self, slug: object) -> bool:
        return slug in self._plugins

    def widget_choices(self) -> list[tuple[str, str | Promise]]:
        return [(plugin.slug, plugin.label) for plugin in self if plugin.render_widget]

    def missing_requirements(self) -> list[tuple[str, str]]:
        """(plugin, missing plugin) for every requirement that is not installed."""
        return [
            (plugin.slug, needed)
            for plugin in self
            for needed in plugin.requires
            if needed not in self._plugins
        ]

    def verify(self) -> None:
        """Refuse to start with a plugin whose requirements are not installed."""
        missing = self.missing_requirements()
        if missing:
            raise ImproperlyConfigured(requirements_message(missing))

    def capability(self, name: str) -> Any:
        """What an installed plugin offers under ``name``, or None when none does."""
        for plugin in self:
            if name in plugin.capabilities:
                return plugin.capabilities[name]
        return None

    # --- mail topics --------------------------------------------------------------------

    def register_topic(self, topic: MailTopic) -> None:
        existing = self._topics.get(topic.key)
        if existing is not None and existing != topic:
            raise ValueError(f"A mail topic {topic.key!r} is already registered.")
        self._topics[topic.key] = topic

    def unregister_topic(self, key: str) -> None:
        self._topics.pop(key, None)

    def topics(self) -> list[MailTopic]:
        return list(self._topics.values())

    def topic(self, key: str) -> MailTopic | None:
        return self._topics.get(key)

    def topic_for_page(self, page: object) -> MailTopic | None:
        """The topic whose subscribers receive pages of this type, if any."""
        for topic in self._topics.values():
            if topic.page_types and isinstance(page, topic.page_types):
                return topic
        return None


def requirements_message(missing: list[tuple[str, str]]) -> str:
    return " ".join(
        f"The service plugin {plugin!r} requires the plugin {needed!r}, which is not "
        f"installed: add its app to INSTALLED_APPS or remove {plugin!r}."
        for plugin, needed in missing
    )


registry = PluginRegistry()


def register(plugin: ServicePlugin) -> None:
    registry.register(plugin)


def register_topic(topic: MailTopic) -> None:
    registry.register_topic(topic)


def entry_choices() -> list[tuple[str, str | Promise]]:
    """Plugins with a landing page of their own, for link choosers (a callable, so that
    migrations never list plugins)."""
    return [(plugin.slug, plugin.label) for plugin in registry if plugin.entry_url_name()]


def widget_choices() -> list[tuple[str, str | Promise]]:
    """Choices for the generic service block; a callable so migrations never list plugins."""
    return registry.widget_choices()
