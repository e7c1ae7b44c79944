"""The strategy's action plan: its areas and their activities, on one page per language.

The areas and activities are the page's inline children, translatable models: wagtail-localize
translates the whole plan as one item of the translators' queue, and each row keeps its
``translation_key`` and its ``key`` in every language. ``key`` is the activity's stable id,
the same in every language and across edits, so that progress can be recorded against it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

KEY = RegexValidator(
    r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$",
    _("Use lowercase letters, digits, dots and hyphens, e.g. “ext-4-09”."),
)


class Part(models.TextChoices):
    INTERNAL = "internal", _("Internal communication")
    EXTERNAL = "external", _("External communication")


class ActionPlanPageForm(WagtailAdminPageForm):
    """Every activity belongs to an area of the same plan, and keys are unique in it."""

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        areas = self._live_forms("areas")
        area_keys = [form.cleaned_data.get("key") for form in areas]
        self._unique(areas, area_keys)
        activities = self._live_forms("activities")
        self._unique(activities, [form.cleaned_data.get("key") for form in activities])
        for form in activities:
            area_key = form.cleaned_data.get("area_key")
            if area_key and area_key not in area_keys:
                form.add_error("area_key", _("No area of this plan has this key."))
        return cleaned

    def _live_forms(self, name: str) -> list[Any]:
        """The rows of inline panel ``name`` that will be saved."""
        formset = self.formsets.get(name)
        if formset is None:
            return []
        formset.is_valid()  # so that each row has its cleaned_data
        return [
            form
            for form in formset.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]

    @staticmethod
    def _unique(forms: Iterable[Any], keys: list[str | None]) -> None:
        for form, key in zip(forms, keys, strict=True):
            if key and keys.count(key) > 1:
                form.add_error("key", _("Another row of this plan has this key."))


@dataclass
class AreaRows:
    """One area of the plan with its activities, grouped by goal (for the table's row
    groups)."""

    area: ActionPlanArea
    goals: list[tuple[str, list[ActionPlanActivity]]] = field(default_factory=list)

    @property
    def activities(self) -> list[ActionPlanActivity]:
        return [activity for _goal, rows in self.goals for activity in rows]


class ActionPlanPage(BasePage):
    """The action plan of the Information and Communication Strategy (its section 20), as a
    table citizens can read and the API serves."""

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("areas", heading=_("Areas"), label=_("Area")),
        InlinePanel("activities", heading=_("Activities"), label=_("Activity")),
    ]
    search_fields = BasePage.search_fields + [
        index.RelatedFields("activities", [index.SearchField("activity")]),
    ]
    api_fields = BasePage.api_fields + [APIField("plan")]
    base_form_class = ActionPlanPageForm

    parent_page_types = ["home.StandardPage", "home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def grouped(self) -> list[tuple[str, list[AreaRows]]]:
        """``[(part label, [AreaRows, ...]), ...]`` in the plan's order."""
        by_area: dict[str, AreaRows] = {}
        parts: dict[str, list[AreaRows]] = {}
        for area in self.areas.all():
            by_area[area.key] = AreaRows(area)
            parts.setdefault(area.part, []).append(by_area[area.key])
        for activity in self.activities.all():
            if activity.area_key not in by_area:
                continue
            rows = by_area[activity.area_key]
            if rows.goals and rows.goals[-1][0] == activity.goal:
                rows.goals[-1][1].append(activity)
            else:
                rows.goals.append((activity.goal, [activity]))
        return [(str(Part(part).label), areas) for part, areas in parts.items()]

    @property
    def total(self) -> Decimal:
        return sum(
            (activity.amount for activity in self.activities.all() if activity.amount is not None),
            Decimal("0.00"),
        )

    @property
    def plan(self) -> list[dict[str, Any]]:
        """The areas and their activities, for the API (``/api/v3/pages/`` and
        ``/api/v3/action-plan/``)."""
        return [
            rows.area.as_dict(rows.activities) for _part, areas in self.grouped() for rows in areas
        ]


class ActionPlanArea(TranslatableMixin, Orderable):
    """An area of the plan ("4. Citizens"), in its part (internal or external communication)."""

    page = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="areas")
    key = models.CharField(
        _("key"),
        max_length=20,
        validators=[KEY],
        help_text=_("The area's id, the same in every language, e.g. “ext-4”."),
    )
    part = models.CharField(_("part"), max_length=10, choices=Part.choices)
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("key"),
        SynchronizedField("part"),
        SynchronizedField("number"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("part"), FieldPanel("number")]),
        FieldPanel("title"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("action plan area")
        verbose_name_plural = _("action plan areas")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def part_label(self) -> str:
        with translation.override(self.locale.language_code):
            return str(Part(self.part).label)

    def as_dict(self, activities: Iterable[ActionPlanActivity]) -> dict[str, Any]:
        return {
            "key": self.key,
            "part": self.part,
            # In the plan's language, whatever language the request is answered in.
            "part_label": self.part_label(),
            "number": self.number,
            "title": self.title,
            "activities": [activity.as_dict() for activity in activities],
        }


class ActionPlanActivity(TranslatableMixin, Orderable):
    """One row of the plan: what is done, by when, by whom, and what it costs."""

    page = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="activities")
    key = models.CharField(
        _("key"),
        max_length=40,
        validators=[KEY],
        help_text=_(
            "The activity's id, the same in every language; keep it when the text changes, "
            "so its progress stays attached to it."
        ),
    )
    area_key = models.CharField(
        _("area"), max_length=20, validators=[KEY], help_text=_("The key of its area.")
    )
    goal = models.TextField(_("goal"), blank=True)
    activity = models.TextField(_("activity"))
    deadline = models.CharField(_("deadline"), max_length=100, blank=True)
    responsible = models.CharField(_("responsible"), max_length=255, blank=True)
    amount = models.DecimalField(
        _("amount (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when the plan gives no amount."),
    )
    amount_note = models.CharField(
        _("about the amount"),
        max_length=120,
        blank=True,
        help_text=_("E.g. “none”, “available”, “per year”."),
    )
    notes = models.TextField(_("notes"), blank=True)

    translatable_fields = [
        SynchronizedField("key"),
        SynchronizedField("area_key"),
        TranslatableField("goal"),
        TranslatableField("activity"),
        TranslatableField("deadline"),
        TranslatableField("responsible"),
        SynchronizedField("amount"),
        TranslatableField("amount_note"),
        TranslatableField("notes"),
    ]
    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("area_key")]),
        FieldPanel("goal"),
        FieldPanel("activity"),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("responsible")]),
        MultiFieldPanel([FieldPanel("amount"), FieldPanel("amount_note")], heading=_("Amount")),
        FieldPanel("notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("action plan activity")
        verbose_name_plural = _("action plan activities")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.activity

    def clean(self) -> None:
        super().clean()
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("An amount cannot be negative.")})

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "goal": self.goal,
            "activity": self.activity,
            "deadline": self.deadline,
            "responsible": self.responsible,
            "amount_eur": None if self.amount is None else f"{self.amount:.2f}",
            "amount_note": self.amount_note,
            "notes": self.notes,
        }
