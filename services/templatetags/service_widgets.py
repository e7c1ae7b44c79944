"""``{% load service_widgets %}``: ``{% service_link block.value as link %}`` gives a service
block as ``{"text", "url"}`` for editions that cannot run its widget (e-mail, PDF), or None."""

from __future__ import annotations

from typing import Any

from django import template

from services.blocks import widget_link

register = template.Library()


@register.simple_tag
def service_link(value: Any) -> dict[str, str] | None:
    return widget_link(value)
