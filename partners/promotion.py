"""Promotion to donors and investors (strategy, sections 10 and 15): a "Why invest here" page
with the figures the editors keep, investment opportunities by sector, the donors' projects, the
donors' conference and the updates mailed to those who follow the section."""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock, DocumentBlock
from home.models import BasePage
from home.sections import FeedIndexMixin, MailableMixin

#: The first and last year a donor project or a filter may name.
FIRST_YEAR, LAST_YEAR = 1999, 2100


class Sector(models.TextChoices):
    AGRICULTURE = "agriculture", _("Agriculture and food processing")
    TOURISM = "tourism", _("Tourism and spa")
    INDUSTRY = "industry", _("Industry and manufacturing")
    ENERGY = "energy", _("Energy")
    SERVICES = "services", _("Services and trade")
    REAL_ESTATE = "real_estate", _("Real estate and construction")
    OTHER = "other", _("Other")


class SizeUnit(models.TextChoices):
    SQUARE_METRES = "m2", _("m²")
    HECTARES = "ha", _("ha")


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Value"), max_length=40, help_text=_("E.g. 23 km²."))
    label = blocks.CharBlock(label=_("What it measures"), max_length=120)
    source = blocks.CharBlock(
        label=_("Source and year"), max_length=160, required=False, help_text=_("E.g. census 2011.")
    )

    class Meta:
        icon = "table"
        label = _("Figure")


class ReasonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "pick"
        label = _("Reason")


#: The languages a brochure may be written in: the site's and the languages of the municipality's
#: partners and its diaspora (a static list: migrations must not read settings).
BROCHURE_LANGUAGES = [
    ("sq", _("Albanian")),
    ("sr-latn", _("Serbian")),
    ("en", _("English")),
    ("de", _("German")),
    ("pl", _("Polish")),
]


class BrochureValue(blocks.StructValue):
    def language_name(self) -> str:
        return str(dict(BROCHURE_LANGUAGES).get(self.get("language"), ""))


class BrochureBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    language = blocks.ChoiceBlock(label=_("Language"), choices=BROCHURE_LANGUAGES)

    class Meta:
        icon = "doc-full"
        label = _("Brochure")
        value_class = BrochureValue

    def get_api_representation(self, value: Any, context: Any = None) -> dict[str, Any] | None:
        document = value["document"]
        if document is None:
            return None
        return {
            "id": document.pk,
            "title": value["title"],
            "language": value["language"],
            "url": document.url,
            "file_extension": document.file_extension,
        }


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), format="%H:%M")
    item = blocks.CharBlock(label=_("Item"), max_length=200)

    class Meta:
        icon = "time"
        label = _("Programme item")


def contact_panel() -> MultiFieldPanel:
    return MultiFieldPanel(
        [
            FieldPanel("contact_office"),
            FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
        ],
        heading=_("Contact"),
    )


class ContactPage(BasePage):
    """A page naming who answers investors and donors: an office, never a person's private
    details."""

    contact_office = models.CharField(
        _("office"),
        max_length=200,
        blank=True,
        help_text=_("The office that answers, e.g. Department of Economy, Finance and Budget."),
    )
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=60, blank=True)

    class Meta:
        abstract = True

    @property
    def contact(self) -> dict[str, str]:
        return {
            "office": self.contact_office,
            "email": self.contact_email,
            "phone": self.contact_phone,
        }


class InvestIndexPage(FeedIndexMixin, ContactPage):
    """ "Why invest here": figures, reasons, the office for investors, brochures to download,
    and the investment opportunities, filterable by sector."""

    figures = StreamField([("figure", FigureBlock())], blank=True, verbose_name=_("figures"))
    reasons = StreamField(
        [("reason", ReasonBlock())], blank=True, verbose_name=_("reasons to invest")
    )
    brochures = StreamField(
        [("brochure", BrochureBlock())], blank=True, verbose_name=_("promotional material")
    )

    override_translatable_fields = [SynchronizedField("contact_phone")]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("figures"),
        FieldPanel("reasons"),
        contact_panel(),
        FieldPanel("brochures"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("figures"),
        index.SearchField("reasons"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("figures"),
        APIField("reasons"),
        APIField("contact"),
        APIField("brochures"),
    ]
    template = "partners/promotion/invest_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "partners.InvestmentOpportunityPage",
        "partners.DonorProjectsPage",
        "partners.DonorConferencePage",
        "partners.InvestorNewsPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("why invest here")
        verbose_name_plural = _("why invest here pages")

    def opportunities(self, sector: str = "") -> models.QuerySet[InvestmentOpportunityPage]:
        pages: models.QuerySet[InvestmentOpportunityPage] = (
            InvestmentOpportunityPage.objects.child_of(self).live().public()
        )
        if sector:
            pages = pages.filter(sector=sector)
        return pages.order_by("path")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        sector = request.GET.get("sector", "")
        # An unknown sector (an old or mistyped link) shows every opportunity, and says so.
        unknown = bool(sector) and sector not in Sector.values
        chosen = "" if unknown else sector
        context.update(
            {
                "sectors": Sector.choices,
                "sector": chosen,
                "unknown_sector": unknown,
                "opportunities": list(self.opportunities(chosen)),
                "children": list(
                    Page.objects.child_of(self)
                    .live()
                    .public()
                    .not_type(InvestmentOpportunityPage)
                    .order_by("path")
                ),
            }
        )
        return context


class InvestmentOpportunityPage(ContactPage):
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    location = models.CharField(_("location"), max_length=200)
    size = models.DecimalField(
        _("land or building size"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    size_unit = models.CharField(
        _("unit"), max_length=2, choices=SizeUnit.choices, default=SizeUnit.SQUARE_METRES
    )
    has_water = models.BooleanField(_("water supply"), default=False)
    has_electricity = models.BooleanField(_("electricity"), default=False)
    has_road = models.BooleanField(_("road access"), default=False)
    has_sewage = models.BooleanField(_("sewage"), default=False)
    utilities_note = models.CharField(
        _("utilities, details"),
        max_length=300,
        blank=True,
        help_text=_("E.g. the distance to the nearest connection."),
    )
    incentives = models.TextField(_("incentives"), blank=True)
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents")
    )

    override_translatable_fields = [SynchronizedField("contact_phone")]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("location")]),
        FieldRowPanel([FieldPanel("size"), FieldPanel("size_unit")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("has_water"),
                        FieldPanel("has_electricity"),
                        FieldPanel("has_road"),
                        FieldPanel("has_sewage"),
                    ]
                ),
                FieldPanel("utilities_note"),
            ],
            heading=_("Utilities"),
        ),
        FieldPanel("incentives"),
        FieldPanel("documents"),
        contact_panel(),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("location"),
        index.SearchField("incentives"),
        index.FilterField("sector"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("sector"),
        APIField("location"),
        APIField("size"),
        APIField("size_unit"),
        APIField("utilities"),
        APIField("utilities_note"),
        APIField("incentives"),
        APIField("documents"),
        APIField("contact"),
    ]
    template = "partners/promotion/investment_opportunity_page.html"
    parent_page_types = ["partners.InvestIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("investment opportunity")
        verbose_name_plural = _("investment opportunities")

    @property
    def utilities(self) -> list[str]:
        """The utilities on site, by key (``water``, ``electricity``, ``road``, ``sewage``)."""
        return [
            key for key in ("water", "electricity", "road", "sewage") if getattr(self, f"has_{key}")
        ]

    def utility_labels(self) -> list[str]:
        return [str(self._meta.get_field(f"has_{key}").verbose_name) for key in self.utilities]


class DonorProject(TranslatableMixin, models.Model):
    """A project a donor funds or funded in the municipality."""

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("project status", "Planned")
        RUNNING = "running", pgettext_lazy("project status", "Running")
        DONE = "done", pgettext_lazy("project status", "Done")

    donor = models.CharField(_("donor"), max_length=200)
    project = models.CharField(_("project"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    amount = models.DecimalField(
        _("amount (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("donor"),
        FieldPanel("project"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("status"), FieldPanel("year")]),
        FieldPanel("page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("donor project")
        verbose_name_plural = _("donor projects")
        ordering = ["-year", "donor", "project"]

    def __str__(self) -> str:
        return f"{self.donor}: {self.project}"


def localized_pages(projects: list[DonorProject], locale_id: int) -> dict[int, Page]:
    """Each project's page in the language of the list (the source's page where it is not
    translated), for a whole list in one query."""
    linked = [project.page for project in projects if project.page is not None]
    keys = {page.translation_key for page in linked}
    by_key: dict[Any, Page] = {}
    for page in Page.objects.filter(translation_key__in=keys, locale_id=locale_id).live():
        by_key[page.translation_key] = page
    result: dict[int, Page] = {}
    for project in projects:
        if project.page is not None:
            result[project.pk] = by_key.get(project.page.translation_key, project.page)
    return result


class DonorProjectsPage(BasePage):
    """The donors' projects in the page's language, filterable by status and year."""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    template = "partners/promotion/donor_projects_page.html"
    parent_page_types = ["partners.InvestIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("donor projects page")
        verbose_name_plural = _("donor projects pages")

    def projects(self) -> models.QuerySet[DonorProject]:
        return DonorProject.objects.filter(locale_id=self.locale_id).select_related("page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        projects = self.projects()
        years = sorted(set(projects.values_list("year", flat=True)), reverse=True)
        status = request.GET.get("status", "")
        status = status if status in DonorProject.Status.values else ""
        raw_year = request.GET.get("year", "")
        year = int(raw_year) if raw_year.isdigit() and int(raw_year) in years else None
        if status:
            projects = projects.filter(status=status)
        if year is not None:
            projects = projects.filter(year=year)
        listed = list(projects)
        pages = localized_pages(listed, self.locale_id)
        for project in listed:
            project.localized_page = pages.get(project.pk)
        by_status: dict[str, int] = defaultdict(int)
        for project in listed:
            by_status[project.status] += 1
        context.update(
            {
                "statuses": DonorProject.Status.choices,
                "status": status,
                "years": years,
                "year": year,
                "projects": listed,
                "filtered": bool(status or year),
                "bad_filter": (request.GET.get("status", "") not in ("", status))
                or (raw_year not in ("", str(year or ""))),
            }
        )
        return context


class DonorConferencePage(MailableMixin, BasePage):
    """A donors' conference or a round table with businesses (strategy, section 10)."""

    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200)
    programme = StreamField(
        [("item", ProgrammeItemBlock())], blank=True, verbose_name=_("programme")
    )
    invited = models.TextField(_("invited"), blank=True, help_text=_("Who is invited."))
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents")
    )

    email_template = "partners/promotion/email/donor_conference_page.html"
    email_text_template = "partners/promotion/email/donor_conference_page.txt"
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("place"),
        FieldPanel("programme"),
        FieldPanel("invited"),
        FieldPanel("documents"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("place")]
    api_fields = BasePage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("place"),
        APIField("programme"),
        APIField("invited"),
        APIField("documents"),
    ]
    template = "partners/promotion/donor_conference_page.html"
    parent_page_types = ["partners.InvestIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("donors' conference")
        verbose_name_plural = _("donors' conferences")

    def feed_date(self) -> datetime.date:
        return self.start_date

    def clean(self) -> None:
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})


class InvestorNewsPage(MailableMixin, BasePage):
    """News for investors and donors, mailed to those who follow the section."""

    date = models.DateField(_("date"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    email_template = "partners/promotion/email/investor_news_page.html"
    email_text_template = "partners/promotion/email/investor_news_page.txt"
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("date"), APIField("body")]
    template = "partners/promotion/investor_news_page.html"
    parent_page_types = ["partners.InvestIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news for investors")
        verbose_name_plural = _("news for investors")

    def feed_date(self) -> datetime.date:
        return self.date
