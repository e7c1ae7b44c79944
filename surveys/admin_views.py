"""The survey's summary in the admin, beside Wagtail's list and export of its answers: for each
question with choices the counts per choice (the shared results chart), for the others the
answers, a page at a time. Only those who may see a survey's answers see its summary."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.models import Page

from services.formats import language_name
from surveys import summary

#: Free-text answers per page of a question's answers.
ANSWERS_PER_PAGE = 25


def may_see_answers(user: Any, page: Page) -> bool:
    """Wagtail's own rule for a form's submissions (``get_forms_for_user``)."""
    return bool(get_forms_for_user(user).filter(pk=page.pk).exists())


def summary_url(page: Page) -> str:
    return reverse("surveys_summary", args=[page.pk])


class SurveySubmissionsListView(SubmissionsListView):
    """Wagtail's list of answers, with a link to the summary."""

    @property
    def header_buttons(self) -> list[HeaderButton]:
        return [HeaderButton(_("Summary"), url=summary_url(self.form_page), icon_name="table")]


class SurveyView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "form"
    page: Any

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not hasattr(page, "survey_source"):
            raise Http404
        if not may_see_answers(request.user, page):
            raise PermissionDenied
        self.page = page
        self.source = page.survey_source()
        self.submissions = self.source.get_submissions()
        response: HttpResponseBase = super().dispatch(request, *args, **kwargs)
        return response

    def get_page_subtitle(self) -> str:
        return str(self.page.get_admin_display_title())

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailforms:index"), "label": _("Forms")},
            {
                "url": reverse("wagtailforms:list_submissions", args=[self.page.pk]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    @property
    def header_buttons(self) -> list[HeaderButton]:
        return [
            HeaderButton(
                _("All answers"),
                url=reverse("wagtailforms:list_submissions", args=[self.page.pk]),
                icon_name="list-ul",
            )
        ]


class SummaryView(SurveyView):
    page_title = _("Summary")
    template_name = "surveys/admin/summary.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        # The counts are the survey's; the labels those of the translation the editor opened.
        context.update(
            {
                "survey": self.page,
                "translations": [
                    {"page": page, "name": language_name(page.locale.language_code)}
                    for page in self.source.get_translations(inclusive=True)
                    .select_related("locale")
                    .order_by("locale__language_code")
                ],
                "questions": summary.summarise(self.source, self.submissions, shown=self.page),
                "languages": summary.languages(self.submissions),
                "respondents": self.submissions.count(),
            }
        )
        return context


class AnswersView(SurveyView):
    """The answers to one free-text question, newest first, a page at a time."""

    page_title = _("Answers")
    template_name = "surveys/admin/answers.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        question = next(
            (q for q in self.source.get_form_fields() if q.clean_name == kwargs["name"]), None
        )
        if question is None:
            raise Http404
        answers: PaginatorPage[str] = Paginator(
            summary.answers_of(self.submissions, question.clean_name), ANSWERS_PER_PAGE
        ).get_page(self.request.GET.get("p"))
        context.update(
            {
                "survey": self.page,
                "question": question,
                "answers": answers,
                "summary_url": summary_url(self.page),
            }
        )
        return context
