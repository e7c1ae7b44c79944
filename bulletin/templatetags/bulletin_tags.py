"""Filters for the bulletin's editions that leave the site (the e-mail's text part)."""

from django import template

from services.urls import absolute

register = template.Library()


@register.filter(name="absolute")
def absolute_filter(url: object) -> str:
    """A site address (``/documents/…``) on the public address, as a mail must carry it."""
    return absolute(str(url)) if url else ""
