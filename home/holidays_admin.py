"""The calendar in the admin: the official holidays of this year and the next, where editors
confirm or correct the date of a feast the holidays library only estimates, beside the snippet
of municipal and international days (registered in ``home/wagtail_hooks.py``)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.views.snippets import SnippetViewSet

from home import holidays
from home.calendar_days import HolidayCorrection, MarkedDay

#: Who confirms the dates of movable feasts (Editors and the Information Office have it).
PERMISSION = "home.change_holidaycorrection"

#: The admin menu's "Calendar" group: other apps may add their items with this hook.
CALENDAR_MENU_HOOK = "register_calendar_menu_item"


def may_confirm(user: Any) -> bool:
    return bool(user.has_perm(PERMISSION))


class ConfirmDateForm(forms.Form):
    #: The library's estimate the date confirms (set by ``clean``).
    feast: holidays.Day | None = None

    key = forms.CharField(widget=forms.HiddenInput, max_length=100)
    year = forms.IntegerField(widget=forms.HiddenInput, min_value=2009, max_value=2100)
    estimate = forms.DateField(widget=forms.HiddenInput)
    date = forms.DateField(label=gettext_lazy("Announced date"), widget=AdminDateInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        self.feast = _estimated_feast(data["key"], data["year"], data["estimate"])
        if self.feast is None:
            raise forms.ValidationError(
                _("This holiday's date is not estimated: there is nothing to confirm.")
            )
        if abs(data["date"] - self.feast.date) > holidays.CORRECTION_WINDOW:
            self.add_error(
                "date",
                _(
                    "The announced date must be within a week of the estimate "
                    "(%(estimate)s): check the date."
                )
                % {"estimate": date_format(self.feast.date, "DATE_FORMAT")},
            )
        return data


def _estimated_feast(key: str, year: int, near: datetime.date) -> holidays.Day | None:
    """The library's estimate of the feast ``key`` in ``year`` nearest ``near``."""
    feasts = [day for day in holidays.estimated_holidays(year) if day.key == key]
    return min(feasts, key=lambda day: abs(day.date - near)) if feasts else None


@dataclass
class Row:
    day: holidays.Day
    #: The library's estimate, for a feast whose date it estimates.
    estimate: holidays.Day | None = None
    correction: HolidayCorrection | None = None
    form: ConfirmDateForm | None = None


def _rows(year: int, bound: ConfirmDateForm | None) -> list[Row]:
    estimates = holidays.estimated_holidays(year)
    corrections = list(HolidayCorrection.objects.filter(year=year).select_related("confirmed_by"))
    rows = []
    for day in holidays.official_holidays(year):
        if day.observed:
            rows.append(Row(day))
            continue
        candidates = [estimate for estimate in estimates if estimate.key == day.key]
        if not candidates:
            rows.append(Row(day))
            continue
        estimate = min(candidates, key=lambda e: abs(e.date - day.date))
        correction = next(
            (
                c
                for c in corrections
                if c.key == day.key and c.date == day.date and not day.estimated
            ),
            None,
        )
        initial = {"key": day.key, "year": year, "estimate": estimate.date, "date": day.date}
        form = ConfirmDateForm(initial=initial, prefix=f"{slugify(day.key)}-{estimate.date:%Y%m%d}")
        posted = (_posted(bound, "key"), _posted(bound, "year"), _posted(bound, "estimate"))
        if bound is not None and posted == (day.key, str(year), str(estimate.date)):
            form = bound  # the date just sent, with its errors
        rows.append(Row(day, estimate=estimate, correction=correction, form=form))
    return rows


def _posted(form: ConfirmDateForm | None, field: str) -> str:
    return "" if form is None else str(form.data.get(form.add_prefix(field), ""))


def _bound_form(request: HttpRequest) -> ConfirmDateForm | None:
    prefix = request.POST.get("prefix", "")
    if not prefix:
        return None
    return ConfirmDateForm(request.POST, prefix=prefix)


def holidays_index(request: HttpRequest) -> HttpResponse:
    if not may_confirm(request.user):
        raise PermissionDenied
    bound = _bound_form(request) if request.method == "POST" else None
    if bound is not None and bound.is_valid():
        confirm(request, bound)
        return redirect("holidays:index")
    if bound is not None:
        messages.error(request, _("The date was not confirmed."))
        for errors in bound.errors.values():
            for error in errors:
                messages.error(request, str(error))
    elif request.method == "POST":
        messages.error(request, _("The date was not confirmed: the form was incomplete."))
    this_year = timezone.localdate().year
    context = {
        "years": [(year, _rows(year, bound)) for year in (this_year, this_year + 1)],
        "header_icon": "date",
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "home/admin/holidays.html", context, status=status)


def confirm(request: HttpRequest, form: ConfirmDateForm) -> None:
    data = form.cleaned_data
    feast = form.feast
    assert feast is not None  # a valid form found it
    # The correction this feast already has, however far the library's estimate moved since
    # (when the feast comes twice in the year, the one confirmed against the nearer estimate),
    # or a new one.
    twice = len([d for d in holidays.estimated_holidays(data["year"]) if d.key == feast.key]) > 1
    existing = [
        c
        for c in HolidayCorrection.objects.filter(key=data["key"], year=data["year"])
        if not twice or abs(c.estimated_date - feast.date) <= holidays.CORRECTION_WINDOW
    ]
    correction = (
        min(existing, key=lambda c: abs(c.estimated_date - feast.date))
        if existing
        else HolidayCorrection(key=data["key"], year=data["year"])
    )
    correction.estimated_date = feast.date
    correction.date = data["date"]
    correction.confirmed_by = request.user  # type: ignore[assignment]  # a logged-in editor
    correction.confirmed_at = timezone.now()
    correction.save()
    messages.success(
        request,
        _("%(holiday)s: the date %(date)s is confirmed.")
        % {"holiday": feast.name, "date": date_format(data["date"], "DATE_FORMAT")},
    )


class ConfirmMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return may_confirm(request.user)


class HolidayDatesViewSet(ViewSet):
    name = "holidays"
    icon = "date"
    menu_label = gettext_lazy("Official holidays")
    menu_item_class = ConfirmMenuItem

    def get_urlpatterns(self) -> list[URLPattern]:
        return [path("", holidays_index, name="index")]


class MarkedDayViewSet(SnippetViewSet):
    model = MarkedDay
    icon = "date"
    menu_label = gettext_lazy("Municipal and international days")
    menu_hook = CALENDAR_MENU_HOOK
    list_display = ["name", "kind", "date", "every_year", "day_off", "locale"]
    list_filter = ["kind", "day_off"]


class CalendarMenu(ViewSetGroup):
    menu_label = gettext_lazy("Calendar")
    menu_icon = "date"
    menu_order = 255
    items = (HolidayDatesViewSet,)
    submenu_hook = CALENDAR_MENU_HOOK
