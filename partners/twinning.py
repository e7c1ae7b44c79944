"""Partner and twin municipalities, the section's news, and the directory of international
organisations and diplomatic missions (strategy, sections 10 and 14).

The section's index is followable: an Atom feed per language (``home.sections``) and, when a
plugin offers the ``mail`` capability, its news pages are sent to the "partners" topic.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.models import Rendition
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, ImageBlock
from home.images import image_representation
from home.models import BasePage
from home.sections import FeedIndexMixin, MailableMixin
from services.formats import alphabetical
from services.urls import absolute

if TYPE_CHECKING:
    from django.db.models import QuerySet

#: News items on each page of the section's index.
NEWS_PER_PAGE = 10

#: The coat of arms as the index and the partner's page show it.
EMBLEM_RENDITION = "max-160x160"


class PartnershipKind(models.TextChoices):
    TWINNING = "twinning", _("Twinning")
    PARTNERSHIP = "partnership", _("Partnership")
    COOPERATION = "cooperation", _("Cooperation")


class OrganisationKind(models.TextChoices):
    EMBASSY = "embassy", _("Embassy or diplomatic mission")
    INTERNATIONAL = "international", _("International organisation")
    AGENCY = "agency", _("Development agency")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class CountryCode(serializers.Field):
    """A country in the page API: its ISO 3166 code (``PL``), as the filter ``country=`` takes
    it (a ``Country`` object is not a string to the API's schema)."""

    def to_representation(self, value: Any) -> str:
        return str(value)


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (the active one by default): the project's names."""
    if not code:
        return ""
    with translation.override(language or translation.get_language()):
        return str(countries.name(code))


def choice_label(instance: models.Model, field: str, language: str) -> str:
    """A choice's label in ``language``: the API speaks the object's language."""
    with translation.override(language):
        return str(getattr(instance, f"get_{field}_display")())


class JointProjectBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Project"), max_length=200)
    year = blocks.IntegerBlock(label=_("Year"), min_value=1990, max_value=2100, required=False)
    value_eur = blocks.DecimalBlock(
        label=_("Value (EUR)"), required=False, min_value=0, decimal_places=2
    )
    funder = blocks.CharBlock(label=_("Funded by"), max_length=200, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "site"
        label = _("Joint project")
        description = _("A project carried out with the partner: year, value, funder.")
        template = "partners/blocks/joint_project.html"
        preview_value = {"title": "Kurse të gjuhëve të huaja", "year": 2020, "value_eur": "1200"}

    def get_api_representation(self, value: Any, context: Any = None) -> dict[str, Any]:
        amount = value["value_eur"]
        return {
            "title": value["title"],
            "year": value["year"],
            "value_eur": f"{amount:.2f}" if amount is not None else None,
            "funder": value["funder"],
            "description": value["description"],
        }


class ExchangeBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Exchange or visit"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Exchange or visit")
        description = _("A dated visit, exchange of officials, students or artists.")
        template = "partners/blocks/exchange.html"
        preview_value = {"date": "2019-06-01", "title": "Vizitë studimore"}


class PartnerIndexPage(FeedIndexMixin, BasePage):
    """The partners section: the partner municipalities, the section's news and the directory
    of international partners, with an Atom feed of its news per language."""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "partners.PartnerMunicipalityPage",
        "partners.PartnerNewsPage",
        "partners.InternationalPartnersPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner municipalities")

    def partners(self) -> QuerySet[PartnerMunicipalityPage]:
        partners: QuerySet[PartnerMunicipalityPage] = (
            PartnerMunicipalityPage.objects.child_of(self)
            .live()
            .public()
            .select_related("emblem", "locale")
            .prefetch_related(
                Prefetch(
                    "emblem__renditions",
                    queryset=Rendition.objects.filter(filter_spec=EMBLEM_RENDITION),
                )
            )
            .order_by("title")
        )
        return partners

    def news(self) -> QuerySet[PartnerNewsPage]:
        news: QuerySet[PartnerNewsPage] = (
            PartnerNewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")
        )
        return news

    def feed_items(self) -> QuerySet[Page]:
        # The feed carries the section's news: what its followers want to hear about.
        return self.news()

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context["partners"] = self.partners()
        # Newest first, a page at a time: older news stays reachable from the site.
        context["news"] = Paginator(self.news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        context["directories"] = (
            InternationalPartnersPage.objects.child_of(self).live().public().order_by("path")
        )
        return context


class PartnerMunicipalityPage(BasePage):
    """A partner or twin municipality: the partnership, its agreement, what is done together."""

    name = models.CharField(
        _("name of the municipality"),
        max_length=200,
        help_text=_("As the partner writes it, e.g. with its own letters."),
    )
    country = CountryField(_("country"))
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("coat of arms or flag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind of partnership"),
        max_length=20,
        choices=PartnershipKind.choices,
        default=PartnershipKind.TWINNING,
    )
    since_year = models.PositiveSmallIntegerField(
        _("partner since (year)"),
        null=True,
        blank=True,
        help_text=_("The year the partnership began, when the exact day is not known."),
    )
    since_date = models.DateField(
        _("partner since (date)"),
        null=True,
        blank=True,
        help_text=_("The day the agreement was signed, when it is known."),
    )
    agreement = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    areas = StreamField(
        [("area", blocks.CharBlock(label=_("Area of cooperation"), max_length=200))],
        blank=True,
        verbose_name=_("areas of cooperation"),
    )
    projects = StreamField(
        [("project", JointProjectBlock())], blank=True, verbose_name=_("joint projects")
    )
    exchanges = StreamField(
        [("exchange", ExchangeBlock())], blank=True, verbose_name=_("exchanges and visits")
    )
    contact = models.TextField(
        _("contact person"),
        blank=True,
        help_text=_("The office or person in charge of the partnership, and how to reach them."),
    )
    gallery = StreamField([("photo", ImageBlock())], blank=True, verbose_name=_("photo gallery"))

    # Country, kind, dates, images and the agreement are the same in every language.
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("country"),
        SynchronizedField("kind"),
        SynchronizedField("since_year"),
        SynchronizedField("since_date"),
        SynchronizedField("emblem"),
        SynchronizedField("agreement"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("country"),
                FieldPanel("emblem"),
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("since_year"), FieldPanel("since_date")]),
                FieldPanel("agreement"),
            ],
            heading=_("The partnership"),
        ),
        FieldPanel("areas"),
        FieldPanel("projects"),
        FieldPanel("exchanges"),
        FieldPanel("contact"),
        FieldPanel("gallery"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("name"),
        index.SearchField("projects"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("name"),
        APIField("country", serializer=CountryCode()),
        APIField("country_name"),
        APIField("kind"),
        APIField("kind_label"),
        APIField("since_year"),
        APIField("since_date"),
        APIField("emblem_image"),
        APIField("agreement_url"),
        APIField("areas"),
        APIField("projects"),
        APIField("exchanges"),
        APIField("contact"),
        APIField("gallery"),
    ]
    api_list_prefetch = {"emblem_image": ("emblem__renditions",), "agreement_url": ("agreement",)}

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partner municipality")
        verbose_name_plural = _("partner municipalities")

    @property
    def country_name(self) -> str:
        return country_name(str(self.country), self.locale.language_code)

    @property
    def kind_label(self) -> str:
        return choice_label(self, "kind", self.locale.language_code)

    @property
    def since(self) -> datetime.date | int | None:
        return self.since_date or self.since_year

    @property
    def emblem_image(self) -> dict[str, Any] | None:
        # Described by the municipality's name beside it: the emblem adds no information.
        return image_representation(self.emblem, decorative=True)

    @property
    def agreement_url(self) -> str | None:
        return absolute(self.agreement.url) if self.agreement else None


class PartnerNewsPage(MailableMixin, BasePage):
    """News of the partners section, sent to the subscribers of "Partner municipalities"."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    override_translatable_fields = [SynchronizedField("date")]
    email_template = "partners/email/partner_news_page.html"
    email_text_template = "partners/email/partner_news_page.txt"

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("date"), APIField("body")]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("partners' news")
        verbose_name_plural = _("partners' news")

    def feed_date(self) -> datetime.date:
        return self.date


class InternationalPartner(TranslatableMixin, index.Indexed, models.Model):
    """An international organisation, embassy or agency the municipality works with: the
    Information Office's contact list (strategy: "a list of organisations contacted
    regularly")."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = CountryField(
        _("country"), blank=True, help_text=_("The country it represents, if any.")
    )
    contact_person = models.CharField(
        _("contact"),
        max_length=200,
        blank=True,
        help_text=_("An office or role to address, e.g. “Press and Public Information Office”."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)
    projects = models.TextField(
        _("projects with the municipality"),
        blank=True,
        help_text=_("What has been done together, in a few sentences."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        TranslatableField("contact_person"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
        TranslatableField("projects"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("projects"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("international partner")
        verbose_name_plural = _("international partners")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def country_name(self) -> str:
        return country_name(str(self.country), self.locale.language_code)

    @property
    def kind_label(self) -> str:
        return choice_label(self, "kind", self.locale.language_code)


class DirectoryFilter(forms.Form):
    """The directory's filters on the site (a GET form): a kind and a country, both optional."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args: Any, present: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["kind"]).choices = [
            ("", _("All kinds")),
            *OrganisationKind.choices,
        ]
        # Only the countries the directory has entries for, by their name in the reader's
        # language: 45 choices of which most lead to nothing help nobody.
        names = {code: str(countries.name(code)) for code in present if code}
        cast(forms.ChoiceField, self.fields["country"]).choices = [
            ("", _("All countries")),
            *sorted(names.items(), key=lambda item: alphabetical(item[1])),
        ]


class InternationalPartnersPage(BasePage):
    """The directory of international organisations and diplomatic missions, in the page's
    language, filterable by kind and country."""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    api_fields = BasePage.api_fields + [APIField("organisations")]

    class Meta:
        verbose_name = _("international partners")

    def directory(self) -> QuerySet[InternationalPartner]:
        return (
            InternationalPartner.objects.filter(locale_id=self.locale_id)
            .select_related("locale")
            .order_by("name")
        )

    @property
    def organisations(self) -> list[dict[str, Any]]:
        return [
            {
                "id": partner.pk,
                "name": partner.name,
                "kind": partner.kind,
                "country": str(partner.country) or None,
                "contact_person": partner.contact_person,
                "email": partner.email,
                "phone": partner.phone,
                "website": partner.website,
                "projects": partner.projects,
            }
            for partner in self.directory()
        ]

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> TemplateResponse:
        entries = self.directory()
        query = request.GET.copy()
        if "country" in query:
            # Codes are upper case (PL, XK); an address typed by hand may not be.
            query["country"] = str(query.get("country", "")).strip().upper()
        present = set(entries.values_list("country", flat=True))
        form = DirectoryFilter(query or None, present=present)
        if form.is_bound and form.is_valid():
            if form.cleaned_data["kind"]:
                entries = entries.filter(kind=form.cleaned_data["kind"])
            if form.cleaned_data["country"]:
                entries = entries.filter(country=form.cleaned_data["country"])
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["entries"] = entries if not form.errors else entries.none()
        response = TemplateResponse(request, self.get_template(request), context)
        if form.errors:
            # A value no link of the form gives (an edited address): said, not a 500.
            response.status_code = 400
        return response


__all__ = [
    "InternationalPartner",
    "InternationalPartnersPage",
    "OrganisationKind",
    "PartnerIndexPage",
    "PartnerMunicipalityPage",
    "PartnerNewsPage",
    "PartnershipKind",
]
