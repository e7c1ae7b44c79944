"""Surveys in the Wagtail admin (one module, as DESIGN.md asks): the summary of a survey's
answers, linked from the page's menu and from Wagtail's list of its answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.templatetags.static import static
from django.urls import URLPattern, path
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from surveys.admin_views import AnswersView, SummaryView, may_see_answers, summary_url
from surveys.models import SurveyPage


@hooks.register("register_admin_urls")  # type: ignore[untyped-decorator]
def summary_urls() -> list[URLPattern]:
    return [
        path("surveys/<int:page_id>/summary/", SummaryView.as_view(), name="surveys_summary"),
        path(
            "surveys/<int:page_id>/answers/<str:name>/",
            AnswersView.as_view(),
            name="surveys_answers",
        ),
    ]


class SummaryButton(PageMenuItem):
    label = _("Survey summary")
    icon_name = "table"

    def is_shown(self, user: Any) -> bool:
        return issubclass(self.page.specific_class, SurveyPage) and may_see_answers(user, self.page)

    @cached_property
    def url(self) -> str:
        return summary_url(self.page)


@hooks.register("register_page_listing_more_buttons")  # type: ignore[untyped-decorator]
def summary_button(page: Any, user: Any, next_url: str | None = None) -> Iterator[PageMenuItem]:
    yield SummaryButton(page=page, priority=70)


@hooks.register("register_page_header_buttons")  # type: ignore[untyped-decorator]
def summary_header_button(
    page: Any, user: Any, next_url: str | None = None, view_name: str | None = None
) -> list[PageMenuItem]:
    return [SummaryButton(page=page, priority=70)]


@hooks.register("insert_global_admin_css")  # type: ignore[untyped-decorator]
def summary_css() -> str:
    # The shared chart's stylesheet as well: a section cannot count on a plugin inserting it.
    return "".join(
        str(format_html('<link rel="stylesheet" href="{}">', static(path)))
        for path in ("services/results-chart.css", "surveys/admin.css")
    )
