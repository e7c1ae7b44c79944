"""Links to follow a section by e-mail, driven by the mail topics sections register.

A page can be followed when the subscriptions of some installed plugin (the ``mail``
capability) carry a topic for its type, or for the pages it holds (an archive of issues).
No section or plugin is named here: an uninstalled plugin means no link, a new section's topic
means a new link.
"""

from typing import Any

from django import template
from wagtail.models import Page

from services.capabilities import MAIL
from services.registry import MailTopic, registry
from services.urls import plugin_entry_url

register = template.Library()


def subscription_url() -> str | None:
    """The subscription page of the plugin offering the ``mail`` capability, if any."""
    for plugin in registry:
        if MAIL in plugin.capabilities:
            return plugin_entry_url(registry, plugin.slug)
    return None


def topics_for(page: Any) -> list[MailTopic]:
    """The topics whose mailings are pages of this type or of the types it can hold."""
    if not isinstance(page, Page):
        return []
    model = page.specific_class or type(page)
    kinds = {model, *model.allowed_subpage_models()}
    return [
        topic
        for topic in registry.topics()
        if any(issubclass(kind, tuple(topic.page_types)) for kind in kinds if topic.page_types)
    ]


@register.inclusion_tag("includes/follow_links.html", takes_context=True)
def follow(context: dict[str, Any], page: Any = None) -> dict[str, Any]:
    """``{% follow %}`` on a section's page: "Subscribe by e-mail to …" for each of its topics."""
    url = subscription_url()
    topics = topics_for(page if page is not None else context.get("page")) if url else []
    return {"links": [(topic, f"{url}?topic={topic.key}") for topic in topics]}


@register.simple_tag
def subscription_page_url() -> str | None:
    return subscription_url()


@register.simple_tag
def service_pages() -> list[tuple[str, str]]:
    """(label, address) of each installed service with a page of its own where citizens take
    part (the polls), but the subscriptions, which the footer names as such."""
    links = []
    for plugin in registry:
        if MAIL in plugin.capabilities:
            continue
        url = plugin_entry_url(registry, plugin.slug)
        if url is not None:
            links.append((str(plugin.label), url))
    return links
