"""The news and the press office in the Wagtail admin: the news categories (translatable
snippets), the "Press office" menu (media outlets, the media coverage log), and the report
"Media coverage in YEAR" with its CSV export, for the strategy's annual summary of media
coverage."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news import press
from news.articles import NewsCategory, year_number

#: Who may read the coverage report: whoever may see the coverage log.
COVERAGE_PERMISSION = "news.view_mediacoverage"


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class MediaOutletViewSet(SnippetViewSet):
    model = press.MediaOutlet
    icon = "radio-full"
    menu_label = _("Media outlets")
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


class MediaCoverageViewSet(SnippetViewSet):
    model = press.MediaCoverage
    icon = "doc-full"
    menu_label = _("Media coverage")
    list_display = ["date", "outlet", "headline", "release"]
    list_filter = ["outlet", "date"]
    search_fields = ["headline"]


class PressOfficeGroup(SnippetViewSetGroup):
    menu_label = _("Press office")
    menu_icon = "radio-full"
    menu_order = 260
    items = (MediaOutletViewSet, MediaCoverageViewSet, NewsCategoryViewSet)


def _year(request: HttpRequest) -> int:
    """The year asked for; this year when none is, or when it is no year."""
    return year_number(request.GET.get("year", "")) or timezone.localdate().year


@permission_required(COVERAGE_PERMISSION, raise_exception=True)
def coverage_report(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    years = sorted({*press.coverage_years(), year}, reverse=True)
    context: dict[str, Any] = {
        "summary": press.summary(year),
        "years": years,
        "year": year,
        "csv_url": f"{reverse('news_coverage_csv')}?year={year}",
    }
    return TemplateResponse(request, "news/press_coverage_report.html", context)


@permission_required(COVERAGE_PERMISSION, raise_exception=True)
def coverage_csv(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    response = HttpResponse(press.coverage_csv(year), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="media-coverage-{year}.csv"'
    return response


class CoverageMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(COVERAGE_PERMISSION))


def register_news_and_press_office() -> None:
    register_snippet(PressOfficeGroup)

    @hooks.register("register_admin_urls")  # type: ignore[untyped-decorator]
    def coverage_urls() -> list[URLPattern]:
        return [
            path("news/coverage/", coverage_report, name="news_coverage_report"),
            path("news/coverage/csv/", coverage_csv, name="news_coverage_csv"),
        ]

    @hooks.register("register_reports_menu_item")  # type: ignore[untyped-decorator]
    def coverage_menu_item() -> MenuItem:
        return CoverageMenuItem(
            _("Media coverage by year"), reverse("news_coverage_report"), icon_name="radio-full"
        )
