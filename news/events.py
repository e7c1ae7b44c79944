"""Events: press conferences, public debates, the Assembly's sessions, cultural and sports
events, the diaspora's and the donors' gatherings; their calendar is ``news.calendar``.

Times are kept as aware datetimes and shown in the municipality's time zone (``TIME_ZONE``,
Europe/Belgrade), so a session at 10:00 stays at 10:00 across a change of summer time.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock, DocumentBlock
from home.models import BasePage
from home.sections import FeedIndexMixin


class EventKind(models.TextChoices):
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    PUBLIC_DEBATE = "public_debate", _("Public debate")
    ASSEMBLY_SESSION = "assembly_session", _("Assembly session")
    CITIZENS_DAY = "citizens_day", _("Citizens' day")
    CULTURAL = "cultural", _("Cultural event")
    SPORTS = "sports", _("Sports event")
    DIASPORA = "diaspora", _("Diaspora event")
    DONORS_CONFERENCE = "donors_conference", _("Donors' conference")
    OTHER = "other", pgettext_lazy("kind of event", "Other")


class EventIndexPage(FeedIndexMixin, BasePage):
    """The list of events: what comes next, then what has been."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage", "news.PublicDebatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events section")
        verbose_name_plural = _("events sections")


class EventPage(BasePage):
    """One event, or a series of them (``news.recurrence``)."""

    kind = models.CharField(
        _("kind"), max_length=40, choices=EventKind.choices, default=EventKind.OTHER
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    village = models.CharField(
        _("village or town"), max_length=120, blank=True, help_text=_("E.g. Kllokot, Vërboc.")
    )
    hall = models.CharField(
        _("hall or room"), max_length=200, blank=True, help_text=_("E.g. the Assembly hall.")
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    live_stream_url = models.URLField(_("live stream"), blank=True)
    recording_url = models.URLField(_("recording"), blank=True)
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("village"), FieldPanel("hall"), FieldPanel("address")],
            heading=_("Where"),
        ),
        FieldPanel("organiser"),
        MultiFieldPanel(
            [FieldPanel("live_stream_url"), FieldPanel("recording_url")],
            heading=_("Live stream and recording"),
        ),
        FieldPanel("documents"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("village"),
        index.SearchField("hall"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("village"),
        APIField("hall"),
        APIField("address"),
        APIField("organiser"),
        APIField("live_stream_url"),
        APIField("recording_url"),
        APIField("documents"),
        APIField("body"),
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
