"""News and press releases (strategy, sections 5 and 12): the news index with its filterable,
paginated list and its Atom and RSS feeds, and the news items, of which a press release is a
kind (its number, the date it was sent, the outlets it was sent to, the signed original).

The list's filters (``year``, ``month``, ``category``, ``tag``, ``kind``, ``from``, ``to``) are
read by :func:`read_filters` for the site and the API alike: the site ignores a bad value and
says so, the API answers 400 (``news.api_articles``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, DocumentBlock, ImageBlock, ListedItem
from home.models import BasePage
from home.sections import FeedIndexMixin, MailableMixin, SectionFeed
from services.urls import absolute

if TYPE_CHECKING:
    from django.db.models import QuerySet

#: News items on each page of the index.
NEWS_PER_PAGE = 10


class NewsKind(models.TextChoices):
    NEWS = "news", pgettext_lazy("kind of news item", "News")
    PRESS_RELEASE = "press_release", _("Press release")


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A category of news (Municipal Assembly, Mayor, Projects, Notices), translated; its slug is
    the same in every language, so ``?category=assembly`` filters any language's list."""

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in addresses and the API (?category=…); the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug")
        ]

    def __str__(self) -> str:
        return self.name


class NewsPageTag(TaggedItemBase):
    """A news item's tag (copied to its translations, filtered by slug)."""

    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


@dataclass
class NewsFilters:
    """What a list of news is filtered by, read from a query string."""

    year: int | None = None
    month: int | None = None
    category: str = ""
    tag: str = ""
    kind: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    #: Query parameter -> translated message, for each value refused.
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return any(
            (
                self.year,
                self.month,
                self.category,
                self.tag,
                self.kind,
                self.date_from,
                self.date_to,
            )
        )


#: What the filters accept, as the API's OpenAPI document states it (ECMA and Python regular
#: expressions alike, matched against the whole value).
YEAR_PATTERN = r"199[0-9]|20[0-9]{2}|2100"
MONTH_PATTERN = r"0?[1-9]|1[0-2]"
DAY_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"


def year_number(raw: str) -> int | None:
    """The year ``raw`` names, if it is one a filter accepts (1990–2100, ASCII digits)."""
    return int(raw) if re.fullmatch(YEAR_PATTERN, raw) else None


def _month(raw: str) -> int | None:
    return int(raw) if re.fullmatch(MONTH_PATTERN, raw) else None


def _day(raw: str) -> datetime.date | None:
    # The pattern first: Python also reads 20190329 and 2019-W13-5 as days.
    if not re.fullmatch(DAY_PATTERN, raw):
        return None
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        return None


def read_filters(params: Mapping[str, str], locale_id: int | None = None) -> NewsFilters:
    """The filters of a query string; a value that cannot filter is left out and explained in
    ``errors`` (a category is checked against the categories of ``locale_id`` when given)."""
    filters = NewsFilters()
    errors = filters.errors

    def text(name: str) -> str:
        return str(params.get(name, "") or "")[:100]

    if raw := text("year"):
        filters.year = year_number(raw)
        if filters.year is None:
            errors["year"] = str(_("The year must be a number such as 2019."))
    if raw := text("month"):
        filters.month = _month(raw)
        if filters.month is None:
            errors["month"] = str(_("The month must be a number from 1 to 12."))
    if raw := text("kind"):
        if raw in NewsKind.values:
            filters.kind = raw
        else:
            errors["kind"] = str(
                _("Unknown kind “%(kind)s”. Use one of: %(known)s.")
                % {"kind": raw[:40], "known": ", ".join(NewsKind.values)}
            )
    if raw := text("category"):
        categories = NewsCategory.objects.filter(slug=raw)
        if locale_id is not None:
            categories = categories.filter(locale_id=locale_id)
        if categories.exists():
            filters.category = raw
        else:
            errors["category"] = str(_("Unknown category “%(slug)s”.") % {"slug": raw[:40]})
    if raw := text("tag"):
        filters.tag = raw
    for name, attribute in (("from", "date_from"), ("to", "date_to")):
        if raw := text(name):
            day = _day(raw)
            if day is None:
                errors[name] = str(_("Give the date as YYYY-MM-DD, e.g. 2019-03-29."))
            setattr(filters, attribute, day)
    # ``from`` after ``to`` is an empty range: nothing is listed, which is no error.
    return filters


def filter_news(queryset: QuerySet[NewsPage], filters: NewsFilters) -> QuerySet[NewsPage]:
    if filters.year:
        queryset = queryset.filter(date__year=filters.year)
    if filters.month:
        queryset = queryset.filter(date__month=filters.month)
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.category:
        queryset = queryset.filter(category__slug=filters.category)
    if filters.tag:
        queryset = queryset.filter(tags__slug=filters.tag)
    if filters.date_from:
        queryset = queryset.filter(date__gte=filters.date_from)
    if filters.date_to:
        queryset = queryset.filter(date__lte=filters.date_to)
    return queryset.distinct() if filters.tag else queryset


def with_related(queryset: QuerySet[NewsPage]) -> QuerySet[NewsPage]:
    """What a list shows of each item, fetched for the whole page at once."""
    return queryset.select_related("locale", "category", "signed_original").prefetch_related(
        "tags", "outlets"
    )


def month_choices() -> list[tuple[int, str]]:
    """The months in the active language, lower-case in Albanian and Serbian (as they are
    written mid-sentence; Django's Albanian names are capitalised)."""
    lower = (get_language() or "").split("-")[0] != "en"
    return [(number, str(name).lower() if lower else str(name)) for number, name in MONTHS.items()]


class NewsRssFeed(SectionFeed):
    """The same entries as the Atom feed, as RSS 2.0 (for the readers that want it)."""

    feed_type = Rss201rev2Feed  # type: ignore[assignment]

    def description(self, index_page: Any) -> str:
        return str(getattr(index_page, "intro", "") or index_page.title)


class NewsIndexPage(FeedIndexMixin, BasePage):
    """The news: the newest first, filterable by year, month, category, tag and kind (the press
    releases' archive is ``?kind=press_release``), with Atom and RSS feeds per language."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("news_url"), APIField("feeds")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news section")
        verbose_name_plural = _("news sections")

    def news(self) -> QuerySet[NewsPage]:
        """The published, public news items of this index, newest first."""
        pages: QuerySet[NewsPage] = (
            NewsPage.objects.child_of(self).live().public().order_by("-date", "-first_published_at")
        )
        return pages

    def latest(self, count: int = 3) -> list[NewsPage]:
        """The ``count`` newest items (for the home page)."""
        return list(with_related(self.news())[: max(count, 0)])

    def home_listing(self, count: int) -> list[ListedItem]:
        """The home page's "latest news": the newest items by their own date."""
        # Only titles, dates and leads are listed: no tags or outlets to fetch.
        return [ListedItem(item, item.date) for item in self.news()[: max(count, 0)]]

    def feed_items(self) -> QuerySet[Page]:
        items: QuerySet[Page] = self.news()
        return items

    @path("rss/", name="rss")  # type: ignore[untyped-decorator]
    def rss(self, request: HttpRequest) -> HttpResponse:
        return NewsRssFeed(self)(request)

    @property
    def news_url(self) -> str:
        """This list in the API, in this page's language."""
        return f"{reverse('wagtailapi_v3:news_list')}?locale={self.locale.language_code}"

    @property
    def feeds(self) -> dict[str, str]:
        """The Atom and RSS feeds' absolute addresses."""
        base = self.full_url or ""
        return {"atom": f"{base}feed/", "rss": f"{base}rss/"}

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        filters = read_filters(request.GET, self.locale_id)
        listed = filter_news(self.news(), filters)
        page_obj = Paginator(with_related(listed), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        years = sorted(
            {day.year for day in self.news().dates("date", "year")},
            reverse=True,
        )
        context.update(
            filters=filters,
            news_page=page_obj,
            query=query.urlencode(),
            years=years,
            months=month_choices(),
            tags=Tag.objects.filter(
                news_newspagetag_items__content_object__in=self.news().values("pk")
            )
            .distinct()
            .order_by("name"),
            categories=NewsCategory.objects.filter(locale_id=self.locale_id),
            kinds=NewsKind.choices,
            press_releases=filters.kind == NewsKind.PRESS_RELEASE,
        )
        return context


class NewsPage(MailableMixin, BasePage):
    """A news item, or a press release (``kind``): the release's number, the day it was sent,
    the outlets it went to and its signed original (a PDF) are the same in every language."""

    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind"), max_length=20, choices=NewsKind.choices, default=NewsKind.NEWS
    )
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    gallery = StreamField([("image", ImageBlock())], blank=True, verbose_name=_("gallery"))
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("related documents")
    )
    release_number = models.CharField(
        _("release number"),
        max_length=20,
        blank=True,
        help_text=_("E.g. 12/2019; unique in its year. Needed for a press release."),
    )
    sent_on = models.DateField(_("sent to the media on"), null=True, blank=True)
    outlets = ParentalManyToManyField(
        "news.MediaOutlet", blank=True, verbose_name=_("sent to"), related_name="releases"
    )
    signed_original = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed original (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("kind"),
        FieldPanel("category"),
        FieldPanel("intro", heading=_("Lead")),
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("documents"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldPanel("release_number"),
                FieldPanel("sent_on"),
                FieldPanel("outlets"),
                FieldPanel("signed_original"),
            ],
            heading=_("Press release"),
            help_text=_("Only for a press release."),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("kind"),
        APIField("category_info"),
        APIField("tag_slugs"),
        APIField("body"),
        APIField("gallery"),
        APIField("documents"),
        APIField("press_release"),
    ]
    # The release's number, date and outlets are facts, the same in every language.
    override_translatable_fields = [
        SynchronizedField("release_number"),
        SynchronizedField("outlets"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def feed_date(self) -> datetime.date:
        return self.date

    @property
    def is_press_release(self) -> bool:
        return self.kind == NewsKind.PRESS_RELEASE

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[str]] = {}
        if self.is_press_release:
            if not self.release_number.strip():
                errors["release_number"] = [str(_("A press release needs its number."))]
            elif self.date and self._number_taken():
                errors["release_number"] = [
                    str(
                        _("Press release No. %(number)s of %(year)s already exists.")
                        % {"number": self.release_number, "year": self.date.year}
                    )
                ]
        category = self.category
        if category is not None and self.locale_id and category.locale_id != self.locale_id:
            errors["category"] = [str(_("Choose a category in the page's language."))]
        if self.signed_original_id and not is_pdf(self.signed_original):
            errors["signed_original"] = [str(_("The signed original must be a PDF document."))]
        if errors:
            raise ValidationError(errors)

    def _number_taken(self) -> bool:
        others = NewsPage.objects.filter(
            kind=NewsKind.PRESS_RELEASE,
            release_number=self.release_number.strip(),
            date__year=self.date.year,
            locale_id=self.locale_id,
        )
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        return bool(others.exists())

    @property
    def category_info(self) -> dict[str, str] | None:
        category = self.category
        return {"slug": category.slug, "name": category.name} if category else None

    @property
    def tag_slugs(self) -> list[dict[str, str]]:
        return [{"slug": tag.slug, "name": tag.name} for tag in self.tags.all()]

    @property
    def press_release(self) -> dict[str, Any] | None:
        """The release's facts, for the API (``None`` for a news item)."""
        if not self.is_press_release:
            return None
        document = self.signed_original
        return {
            "number": self.release_number,
            "sent_on": self.sent_on.isoformat() if self.sent_on else None,
            "outlets": [
                {"name": outlet.name, "kind": outlet.kind, "website": outlet.website}
                for outlet in self.outlets.all()
            ],
            "signed_original": (
                {"id": document.pk, "title": document.title, "url": absolute(document.url)}
                if document is not None
                else None
            ),
        }

    def email_context(self) -> dict[str, Any]:
        return {"date": self.date}


def is_pdf(document: Any) -> bool:
    """Whether a document is a PDF: by its extension and by its content's first bytes (by its
    extension alone when the storage cannot give its file now: a missing file is the storage's
    problem, not the editor's)."""
    if document is None or str(document.file_extension).lower() != "pdf":
        return False
    try:
        with document.open_file() as file:
            head = file.read(5)
    except (OSError, ValueError):
        return True
    return bool(head == b"%PDF-")
