"""The diaspora's section (strategy, section 13): its landing page and news, the yearly St.
Peter's Day gathering with its registration of interest, services for citizens abroad, and the
directory of associations and clubs abroad."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from django_countries.fields import CountryField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from diaspora.interest import serve_event
from home.blocks import BodyBlock
from home.models import BasePage
from home.sections import FeedIndexMixin, MailableMixin
from services.formats import alphabetical

if TYPE_CHECKING:
    from django.db.models import QuerySet


#: News items on each page of the section's landing page.
NEWS_PER_PAGE = 6


class DiasporaIndexPage(FeedIndexMixin, BasePage):
    """The section's landing page: the latest news, the next gathering, the services and the
    associations abroad; its Atom feed carries the section's news and events."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "diaspora.DiasporaNewsPage",
        "diaspora.DiasporaEventPage",
        "diaspora.DiasporaServicePage",
        "diaspora.DiasporaAssociationsPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("diaspora section")
        verbose_name_plural = _("diaspora sections")

    def feed_items(self) -> QuerySet[Page]:
        # What people follow: the news and the gatherings, not the service pages.
        pages: QuerySet[Page] = (
            Page.objects.child_of(self)
            .live()
            .public()
            .type(DiasporaNewsPage, DiasporaEventPage)
            .specific()
            .order_by("-first_published_at")
        )
        return pages

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        children = Page.objects.child_of(self).live().public()
        # Newest first, a page at a time: older news stays reachable from the site.
        context["latest_news"] = Paginator(
            DiasporaNewsPage.objects.child_of(self).live().public().order_by("-date", "-pk"),
            NEWS_PER_PAGE,
        ).get_page(request.GET.get("page"))
        today = timezone.localdate()
        events = DiasporaEventPage.objects.child_of(self).live().public()
        context["next_event"] = (
            events.filter(end_date__gte=today).order_by("start_date").first()
            or events.order_by("-start_date").first()
        )
        context["services"] = list(children.type(DiasporaServicePage).order_by("path"))
        context["associations_page"] = children.type(DiasporaAssociationsPage).first()
        return context


class DiasporaNewsPage(MailableMixin, BasePage):
    """An item of the diaspora's news stream, sent to the subscribers of "Diaspora news"."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("date"), APIField("body")]
    parent_page_types = ["diaspora.DiasporaIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("diaspora news item")
        verbose_name_plural = _("diaspora news")

    def feed_date(self) -> datetime.date:
        return self.date


class ProgrammeItemBlock(blocks.StructBlock):
    """One item of a gathering's programme."""

    date = blocks.DateBlock(label=_("Date"))
    time = blocks.TimeBlock(label=_("Time"), required=False)
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("meeting", _("Meeting")),
            ("concert", _("Concert")),
            ("sports", _("Sports tournament")),
            ("exhibition", _("Exhibition")),
            ("ceremony", _("Ceremony")),
            ("other", pgettext_lazy("kind of programme item", "Other")),
        ],
        default="meeting",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    place = blocks.CharBlock(label=_("Place"), max_length=200, required=False)

    class Meta:
        icon = "date"
        template = "diaspora/blocks/programme_item.html"
        label = _("Programme item")
        description = _("A meeting, a concert, a tournament or an exhibition, with its time.")
        preview_value = {
            "date": datetime.date(2019, 7, 12),
            "time": datetime.time(18, 0),
            "kind": "concert",
            "title": "Koncert",
            "place": "Kllokot",
        }

    def kind_label(self, value: Any) -> str:
        return str(dict(self.child_blocks["kind"].field.choices).get(value["kind"], ""))

    def get_context(self, value: Any, parent_context: Any = None) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(value, parent_context)
        context["kind_label"] = self.kind_label(value)
        return context

    def get_api_representation(self, value: Any, context: Any = None) -> dict[str, Any]:
        data: dict[str, Any] = super().get_api_representation(value, context)
        data["kind_label"] = self.kind_label(value)
        return data


class DiasporaEventPage(MailableMixin, BasePage):
    """The yearly summer gathering, St. Peter's Day (sq "Dita e Shën Pjetrit", sr "Petrovdan"):
    its dates, place and programme, and a registration of interest for people abroad."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    place = models.CharField(_("place"), max_length=200)
    programme = StreamField(
        [("item", ProgrammeItemBlock())], blank=True, verbose_name=_("programme")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    registration_open = models.BooleanField(
        _("registration of interest open"),
        default=True,
        help_text=_("It closes by itself after the end date."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("place")],
            heading=_("When and where"),
        ),
        FieldPanel("programme"),
        FieldPanel("body"),
        FieldPanel("registration_open"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("place")]
    api_fields = BasePage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("place"),
        APIField("programme"),
        APIField("body"),
        APIField("registration_accepted"),
        APIField("interest_url"),
    ]
    parent_page_types = ["diaspora.DiasporaIndexPage"]
    subpage_types: list[str] = []
    email_template = "diaspora/email/event.html"
    email_text_template = "diaspora/email/event.txt"

    class Meta:
        verbose_name = _("diaspora gathering")
        verbose_name_plural = _("diaspora gatherings")

    def feed_date(self) -> datetime.date:
        return self.start_date

    @property
    def retention_days(self) -> int:
        """Days registrations are kept after the gathering (``purge_interest_registrations``)."""
        return int(settings.DIASPORA_INTEREST_RETENTION_DAYS)

    @property
    def registration_accepted(self) -> bool:
        """Whether people can still register their interest: open, and not over yet."""
        return self.registration_open and timezone.localdate() <= self.end_date

    @property
    def interest_url(self) -> str:
        """Where the API takes a registration of interest for this gathering."""
        return str(reverse("wagtailapi_v3:diaspora_interest", kwargs={"event_id": self.pk}))

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # The registration form posts to the page itself: one address, no JavaScript.
        return serve_event(self, request, super().serve, *args, **kwargs)


class DiasporaServicePage(BasePage):
    """A service for citizens abroad: documents, property, investments, contacts."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    parent_page_types = ["diaspora.DiasporaIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("service for the diaspora")
        verbose_name_plural = _("services for the diaspora")


class DiasporaAssociation(TranslatableMixin, index.Indexed, models.Model):
    """An association or club of the municipality's people abroad."""

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=200)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The club's own address, never a person's.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.FilterField("locale"),
    ]
    # The country, the contacts and the website are the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("diaspora association")
        verbose_name_plural = _("diaspora associations")
        ordering = ["country", "city", "name"]

    def __str__(self) -> str:
        return self.name


class DiasporaAssociationsPage(BasePage):
    """The directory of associations and clubs abroad, filterable by country."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("associations_url")]
    parent_page_types = ["diaspora.DiasporaIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory of diaspora associations")
        verbose_name_plural = _("directories of diaspora associations")

    @property
    def associations_url(self) -> str:
        """The directory in the API, in this page's language."""
        base = reverse("wagtailapi_v3:diaspora_associations")
        return f"{base}?locale={self.locale.language_code}"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        in_language = DiasporaAssociation.objects.filter(locale_id=self.locale_id)
        codes = set(in_language.values_list("country", flat=True))
        # Named in the reader's language and sorted by that name.
        names = {code: str(countries.name(code)) for code in codes}
        choices = sorted(names.items(), key=lambda item: alphabetical(item[1]))
        asked = request.GET.get("country", "").strip().upper()
        chosen = asked if asked in codes else ""
        listed = in_language.filter(country=chosen) if chosen else in_language
        context.update(
            country_choices=choices,
            chosen_country=chosen,
            unknown_country=bool(asked) and not chosen,
            # By country as the reader's language names it (the select's order), then city.
            associations=sorted(
                listed,
                key=lambda entry: (
                    alphabetical(names.get(str(entry.country), "")),
                    alphabetical(entry.city),
                    alphabetical(entry.name),
                ),
            ),
            filtered=bool(chosen),
        )
        return context


class InterestRegistration(models.Model):
    """Someone abroad who would like to come to a gathering: the minimum the Information Office
    needs to plan it and to answer. Deleted with the gathering's page, and by
    ``purge_interest_registrations`` once the gathering is over
    (``DIASPORA_INTEREST_RETENTION_DAYS`` after its end date)."""

    event = models.ForeignKey(
        DiasporaEventPage,
        verbose_name=_("gathering"),
        on_delete=models.CASCADE,
        related_name="interest_registrations",
    )
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254)
    country = CountryField(_("country of residence"))
    people = models.PositiveSmallIntegerField(_("number of people"))
    message = models.TextField(_("message"), blank=True, max_length=2000)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("registration of interest")
        verbose_name_plural = _("registrations of interest")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Not the person's name: this is what Wagtail's history records of a deleted row, kept
        # after the row itself is gone.
        return f"#{self.pk}: {self.event_id}"
