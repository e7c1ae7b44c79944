"""Filters for plain-text renderings (e-mails' text parts)."""

import html

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def plaintext(value: object) -> str:
    """HTML as plain text: tags dropped and entities turned back into characters (a text
    part must say "&", not "&amp;")."""
    return html.unescape(strip_tags(str(value)))
