"""The one generic block through which pages show a plugin's widget.

Pages name the plugin by its slug, so page models and their migrations never depend on which
plugins are installed. A widget whose plugin is not installed renders nothing for visitors
and a notice in the editor's preview.
"""

from typing import Any

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from services.registry import registry, widget_choices
from services.urls import absolute


class ServiceWidgetBlock(blocks.StructBlock):
    service = blocks.ChoiceBlock(choices=widget_choices, label=_("Service"))
    title = blocks.CharBlock(label=_("Title"), required=False)
    options = blocks.CharBlock(
        label=_("Options"),
        required=False,
        help_text=_("Optional settings for the service, e.g. the identifier of a poll."),
    )

    class Meta:
        icon = "cogs"
        label = _("Public service")
        description = _("A form or widget of a public service: a poll, a complaint form, ...")

    def render(self, value: Any, context: dict[str, Any] | None = None) -> str:
        context = context or {}
        request = context.get("request")
        plugin = registry.get(value["service"])
        if plugin is None or plugin.render_widget is None:
            if request is not None and getattr(request, "is_preview", False):
                return format_html(
                    '<p class="notice">{}</p>',
                    _("The service “%(slug)s” is not installed; visitors will see nothing here.")
                    % {"slug": value["service"]},
                )
            return ""
        return plugin.render_widget(request, value)

    def get_api_representation(self, value: Any, context: Any = None) -> dict[str, Any]:
        plugin = registry.get(value["service"])
        return {
            "service": value["service"],
            "installed": plugin is not None,
            "title": value["title"],
            "options": value["options"],
            "api_url": f"/api/v3/{value['service']}/" if plugin and plugin.router else None,
        }


def widget_link(value: Any) -> dict[str, str] | None:
    """A service block as a link (``{"text", "url"}``, the address absolute), for the editions
    that cannot run a widget: the e-mail and PDF of the bulletin show the poll's question and
    where to vote. None when the plugin is gone or offers no link."""
    plugin = registry.get(value["service"])
    if plugin is None or plugin.widget_link is None:
        return None
    link = plugin.widget_link(value)
    if link is None:
        return None
    text, path = link
    return {"text": text, "url": absolute(path)}
