"""Surveys on Wagtail's form builder (``wagtail.contrib.forms``), translated with wagtail-localize.

A survey's questions are a translatable child relation: each question keeps one translation key
and one ``clean_name`` (the key of its answers) in every language, while its label, help text
and choices are translated. Every answer, whatever the respondent's language, is stored on the
survey's source page (``SurveyPage.survey_source``), with a choice stored in the source's wording
(matched by its position in the list of choices): Wagtail's list, its export and the summary see
one survey, not one per language.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormField, FormMixin, FormSubmission
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import TranslatableField

from home.models import BasePage
from surveys import respond
from surveys.choices import CHOICE_TYPES, split_choices
from surveys.respond import LANGUAGE_KEY, RESERVED_NAMES


class SurveyIndexPage(BasePage):
    """Where citizens find the municipality's surveys: the open ones first."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields
    parent_page_types = ["home.HomePage"]
    subpage_types = ["surveys.SurveyPage"]
    max_count_per_parent = 1
    template = "surveys/survey_index_page.html"

    class Meta:
        verbose_name = _("surveys section")
        verbose_name_plural = _("surveys sections")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context["surveys"] = list(
            SurveyPage.objects.child_of(self).live().public().order_by("path")
        )
        return context


class SurveyField(TranslatableMixin, AbstractFormField):
    """One question of a survey. Its ``clean_name``, type and order are copied to every
    translation by wagtail-localize (they are not in ``translatable_fields``); the texts are
    translated. A translator keeps the choices' order and number: answers are matched across
    languages by position."""

    page = ParentalKey("surveys.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
    ]
    api_fields = AbstractFormField.api_fields + [APIField("options")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def get_field_clean_name(self) -> str:
        # A question labelled "Website" must not become the honeypot (nor the captcha).
        name: str = super().get_field_clean_name()
        return f"{name}_question" if name in RESERVED_NAMES else name

    @property
    def options(self) -> list[str]:
        """The choices as a list (empty for a question without choices)."""
        return split_choices(self.choices) if self.field_type in CHOICE_TYPES else []


class SurveyPage(FormMixin, BasePage):
    """A survey: its questions, an optional "one answer per respondent", the thank-you text."""

    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the answers are sent, in the respondent's language."),
    )
    one_per_respondent = models.BooleanField(
        _("one answer per respondent"),
        default=False,
        help_text=_(
            "Accept one answer per browser (a cookie) and a limited number per network "
            "address (counted as a salted hash: no address is stored)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
        FieldPanel("one_per_respondent"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("form_fields"),
        APIField("thank_you_text"),
        APIField("one_per_respondent"),
    ]
    parent_page_types = ["surveys.SurveyIndexPage"]
    subpage_types: list[str] = []
    template = "surveys/survey_page.html"
    landing_page_template = "surveys/survey_page_landing.html"

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def survey_source(self) -> SurveyPage:
        """The page every translation's answers are stored on: the first of the translations
        made (the source wagtail-localize translated the others from)."""
        source: SurveyPage | None = (
            SurveyPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return source or self

    def get_submissions(self) -> QuerySet[FormSubmission]:
        # One survey in every language: Wagtail's list and export of any translation show all.
        submissions: QuerySet[FormSubmission] = FormSubmission.objects.filter(
            page=self.survey_source()
        )
        return submissions

    def get_data_fields(self) -> list[tuple[str, Any]]:
        fields: list[tuple[str, Any]] = super().get_data_fields()
        return [fields[0], (LANGUAGE_KEY, _("Language")), *fields[1:]]

    def get_form_class(self) -> type[respond.SurveyForm]:
        return respond.form_class(self.get_form_fields())

    def get_submissions_list_view_class(self) -> Any:
        # Admin views cannot be imported while the models load (Wagtail's own method imports
        # its view the same way).
        from surveys.admin_views import SurveySubmissionsListView

        return SurveySubmissionsListView

    def process_form_submission(self, form: Any) -> FormSubmission:
        return respond.store(self, form)

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return respond.serve(self, request)

    def render_landing_page(
        self, request: HttpRequest, form_submission: Any = None, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        return respond.render_landing(self, request)
