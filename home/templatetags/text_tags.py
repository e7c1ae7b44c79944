"""Filters for plain-text renderings (e-mails' text parts, summaries in lists)."""

import html

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail.fields import RichTextField
from wagtail.models import Page

register = template.Library()


@register.filter
def plaintext(value: object) -> str:
    """HTML as plain text: tags dropped and entities turned back into characters (a text
    part must say "&", not "&amp;")."""
    return html.unescape(strip_tags(str(value)))


@register.filter
def summary(page: Page) -> str:
    """A page's introduction as plain text for lists: some page types (a plugin's form page)
    keep it as rich text, whose tags must not show as "<p>…</p>"."""
    intro = getattr(page, "intro", "") or ""
    try:
        rich = isinstance(page._meta.get_field("intro"), RichTextField)
    except FieldDoesNotExist:
        rich = False
    return plaintext(intro) if rich else str(intro)
