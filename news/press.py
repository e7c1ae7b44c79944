"""The press office (strategy, sections 5 and 17): the media outlets the municipality sends its
press releases to, and the log of media coverage (outlet, date, headline, link or scan, the
release it follows), summed up each year by outlet and by release for the strategy's annual
report on media coverage."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from news.articles import NewsPage


class OutletKind(models.TextChoices):
    TV = "tv", _("Television")
    RADIO = "radio", _("Radio")
    PRINT = "print", _("Print")
    ONLINE = "online", _("Online")
    AGENCY = "agency", _("News agency")


class MediaOutlet(index.Indexed, models.Model):
    """A television, radio, newspaper, portal or agency (a proper name: not translated)."""

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=OutletKind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MediaCoverage(index.Indexed, models.Model):
    """A report of an outlet about the municipality: where and when it appeared, a link to it
    or a scan of it, and the press release it follows, if any."""

    outlet = models.ForeignKey(
        MediaOutlet, verbose_name=_("outlet"), on_delete=models.PROTECT, related_name="coverage"
    )
    date = models.DateField(_("date"))
    headline = models.CharField(_("headline"), max_length=300)
    url = models.URLField(_("link"), blank=True, max_length=500)
    scan = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("scan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    release = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("press release"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coverage",
        limit_choices_to={"kind": "press_release"},
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("For the office only: not shown to the public.")
    )

    panels = [
        FieldPanel("outlet"),
        FieldPanel("date"),
        FieldPanel("headline"),
        FieldPanel("url"),
        FieldPanel("scan"),
        FieldPanel("release"),
        FieldPanel("note"),
    ]
    search_fields = [index.SearchField("headline"), index.FilterField("date")]

    class Meta:
        verbose_name = _("media coverage")
        verbose_name_plural = _("media coverage")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.outlet.name}, {self.date:%Y-%m-%d}: {self.headline}"

    def clean(self) -> None:
        super().clean()
        if not self.url and not self.scan_id:
            raise ValidationError({"url": _("Give a link to the report or upload its scan.")})


def coverage_in(year: int) -> QuerySet[MediaCoverage]:
    return MediaCoverage.objects.filter(date__year=year).select_related("outlet", "scan", "release")


def coverage_years() -> list[int]:
    return sorted({day.year for day in MediaCoverage.objects.dates("date", "year")}, reverse=True)


@dataclass
class CoverageSummary:
    """The year's media coverage: the entries, and how many by outlet and by release."""

    year: int
    entries: list[MediaCoverage]
    by_outlet: list[tuple[str, int]]
    by_release: list[tuple[NewsPage | None, int]]


def summary(year: int) -> CoverageSummary:
    entries = list(coverage_in(year))
    outlets = Counter(entry.outlet.name for entry in entries)
    releases: Counter[int | None] = Counter(entry.release_id for entry in entries)
    pages = {entry.release_id: entry.release for entry in entries}
    return CoverageSummary(
        year=year,
        entries=entries,
        by_outlet=sorted(outlets.items(), key=lambda item: (-item[1], item[0])),
        by_release=sorted(
            ((pages[key], count) for key, count in releases.items()),
            key=lambda item: (-item[1], item[0].release_number if item[0] else "~"),
        ),
    )


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def coverage_csv(year: int) -> str:
    """The year's coverage as CSV, with a byte-order mark so that Excel reads it as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            str(_("date")),
            str(_("outlet")),
            str(_("kind")),
            str(_("headline")),
            str(_("link")),
            str(_("scan")),
            str(_("press release")),
        ]
    )
    for entry in coverage_in(year).order_by("date", "pk"):
        writer.writerow(
            [
                entry.date.isoformat(),
                _cell(entry.outlet.name),
                entry.outlet.get_kind_display(),
                _cell(entry.headline),
                entry.url,
                entry.scan.url if entry.scan else "",
                entry.release.release_number if entry.release else "",
            ]
        )
    return "\ufeff" + buffer.getvalue()
