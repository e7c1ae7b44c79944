"""The public debates in the Wagtail admin, registered from ``news.wagtail_hooks``: the officers'
desk of citizens' comments (read them, set each one's outcome and response; nobody edits what a
citizen wrote), and the dashboard's count of public meetings held this year against the legal
minimum."""

from __future__ import annotations

import datetime
from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from news.debates import DebateComment, debates_held, public_meetings_minimum

#: From this day of the year on, a year short of its minimum is shown as a warning.
WARN_FROM = (10, 1)


class AnswerPolicy(ModelPermissionPolicy):
    """Comments are sent by citizens: officers read them and answer them, never add them."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        if action == "add":
            return False
        return bool(super().user_has_permission(user, action))


class CommentFilterSet(WagtailFilterSet):
    unanswered = django_filters.BooleanFilter(
        label=_("Not yet answered"), method="filter_unanswered"
    )

    class Meta:
        model = DebateComment
        fields = ["debate", "outcome", "language"]

    def filter_unanswered(
        self, queryset: QuerySet[DebateComment], name: str, value: bool | None
    ) -> QuerySet[DebateComment]:
        if value is None:
            return queryset
        missing = Q(outcome="") | Q(response="")
        return queryset.filter(missing) if value else queryset.exclude(missing)


class DebateCommentViewSet(ModelViewSet):
    model = DebateComment
    icon = "comment"
    menu_label = _("Comments on consultations")
    add_to_admin_menu = True
    menu_order = 272
    list_display = ["excerpt", "debate", "section", "outcome", "language", "created_at"]
    filterset_class = CommentFilterSet
    list_export = [
        "debate",
        "text",
        "section",
        "anonymous",
        "name",
        "email",
        "language",
        "created_at",
        "outcome",
        "response",
    ]
    export_filename = "comments-on-consultations"
    search_fields = ["text", "section", "response"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("debate", read_only=True),
        FieldPanel("text", read_only=True),
        FieldPanel("section", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("outcome"),
        FieldPanel("response"),
    ]


comment_viewset = DebateCommentViewSet("news_debate_comments")


def register_comment_policy() -> None:
    register_permission_policy(DebateComment, AnswerPolicy(DebateComment))


class PublicMeetingsPanel(Component):
    """'Public meetings held in 2026: 1 of the required 2', a warning late in a short year."""

    name = "public_meetings"
    order = 115
    template_name = "news/debates/dashboard_panel.html"

    def __init__(self, now: datetime.datetime | None = None) -> None:
        self.now = timezone.localtime(now or timezone.now())

    def get_context_data(self, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
        year = self.now.year
        held = debates_held(year, self.now)
        minimum = public_meetings_minimum()
        late = (self.now.month, self.now.day) >= WARN_FROM
        return {
            "year": year,
            "held": held,
            "minimum": minimum,
            "reached": held >= minimum,
            "warn": late and held < minimum,
        }


def homepage_panel(request: HttpRequest, panels: list[Any]) -> None:
    user: Any = request.user
    if user.has_perm("news.view_debatecomment") or user.has_perm("wagtailadmin.access_admin"):
        panels.append(PublicMeetingsPanel())
