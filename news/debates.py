"""Public debates and consultations (strategy, section 8.1): an event with the draft under
discussion, a comment period, citizens' comments and the report on how each was handled."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from news.events import EventPage


class PublicDebatePage(EventPage):
    """A public debate or consultation on a draft."""

    parent_page_types = ["news.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("public debate or consultation")
        verbose_name_plural = _("public debates and consultations")
