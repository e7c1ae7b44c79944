"""Polls in the admin (one module, as DESIGN.md asks): translatable snippets, with each poll's
results as a chart and a CSV file, and a warning before an answer that has votes is deleted."""

from __future__ import annotations

import csv
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from services.polls import voting
from services.polls.models import Poll, Vote


class PollAdminForm(WagtailAdminModelForm):
    delete_answers_with_votes = forms.BooleanField(
        label=_("Delete answers that have votes"),
        required=False,
        help_text=_(
            "Needed only when you remove an answer that people have voted for: its votes "
            "leave the results for good."
        ),
    )

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean()
        if self.instance.pk is None or data.get("delete_answers_with_votes"):
            return data
        counts = voting.counted(self.instance)["counts"]
        # The formsets are validated after this form: read their DELETE boxes as sent.
        for form in self.formsets["choices"].forms:
            choice = form.instance
            if choice.pk and form["DELETE"].data and counts.get(choice.translation_key):
                self.add_error(
                    "delete_answers_with_votes",
                    ngettext(
                        "The answer “%(answer)s” has %(count)s vote. Tick the box to delete "
                        "it anyway, or keep the answer.",
                        "The answer “%(answer)s” has %(count)s votes. Tick the box to delete "
                        "it anyway, or keep the answer.",
                        counts[choice.translation_key],
                    )
                    % {"answer": choice.text, "count": counts[choice.translation_key]},
                )
        return data


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    menu_label = _("Polls")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["question", "opens_at", "closes_at", "locale"]
    search_fields = ["question"]
    edit_handler = ObjectList(
        [*Poll.panels, FieldPanel("delete_answers_with_votes")], base_form_class=PollAdminForm
    )

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path("tally/<int:pk>/", self.tally_view, name="tally"),
            path("tally/<int:pk>/csv/", self.tally_csv_view, name="tally_csv"),
        ]

    def _poll(self, request: HttpRequest, pk: int) -> Poll:
        if not self.permission_policy.user_has_any_permission(
            request.user, ["add", "change", "delete", "view"]
        ):
            raise PermissionDenied
        return get_object_or_404(Poll.objects.select_related("locale"), pk=pk)

    def tally_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        poll = self._poll(request, pk)
        results = voting.tally(poll)
        context = {
            "poll": poll,
            "results": results,
            "method_note": voting.method_note(results),
            "sample_note": voting.sample_note(),
            "chart_id": f"poll-{poll.pk}-chart",
            "csv_url": reverse(self.get_url_name("tally_csv"), args=[poll.pk]),
            "edit_url": reverse(self.get_url_name("edit"), args=[poll.pk]),
            "header_title": _("Results: %(question)s") % {"question": poll.question},
            "by_language": _by_language(poll),
        }
        return TemplateResponse(request, "polls/admin/tally.html", context)

    def tally_csv_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        poll = self._poll(request, pk)
        results = voting.tally(poll)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        response["Content-Disposition"] = f'attachment; filename="poll-{poll.pk}-{stamp}.csv"'
        # A byte order mark: spreadsheet programs then read ë, č and š as the letters they are.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow([_("Answer"), _("Votes"), _("Share of voters (%)")])
        for row in results.rows:
            writer.writerow([row.label, row.count, f"{row.percent:.1f}"])
        writer.writerow([_("Voters"), results.total, ""])
        return response


register_snippet(PollViewSet)


def _by_language(poll: Poll) -> list[tuple[str, int]]:
    """Voters per language, in the site's order of languages."""
    counts = dict(
        Vote.objects.filter(poll_key=poll.translation_key)
        .values_list("language")
        .annotate(n=Count("pk"))
        .values_list("language", "n")
    )
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99)


@hooks.register("register_snippet_listing_buttons")  # type: ignore[untyped-decorator]
def results_button(snippet: Any, user: Any, next_url: str | None = None) -> list[Button]:
    if not isinstance(snippet, Poll):
        return []
    return [
        Button(
            _("Results"),
            url=reverse("wagtailsnippets_polls_poll:tally", args=[snippet.pk]),
            icon_name="table",
            priority=5,
        )
    ]


@hooks.register("insert_global_admin_css")  # type: ignore[untyped-decorator]
def results_chart_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("services/results-chart.css"))
