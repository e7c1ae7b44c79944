"""What editors add to the holidays library's calendar (``home.holidays``): the announced date
of a movable feast the library only estimates, and the municipal and international days the
municipality marks."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

OFFICIAL = "official"
MUNICIPAL = "municipal"
INTERNATIONAL = "international"


class HolidayCorrection(models.Model):
    """An editor confirmed or corrected the date of an official holiday the library estimates
    (Eid al-Fitr, Eid al-Adha) once it was announced. Keyed by the holiday's ``key`` and year, not
    by the estimate: when a later version of the library moves its estimate, the announced date
    still applies. ``estimated_date`` is the estimate the editor saw, to tell apart two feasts of
    the same name in one year (an Islamic year is shorter) and to show what the library says."""

    wagtail_reference_index_ignore = True

    key = models.CharField(_("holiday"), max_length=100)
    year = models.PositiveSmallIntegerField(_("year"))
    estimated_date = models.DateField(_("estimated date"))
    date = models.DateField(_("announced date"))
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)

    class Meta:
        verbose_name = _("confirmed holiday date")
        verbose_name_plural = _("confirmed holiday dates")
        ordering = ["year", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["key", "year", "estimated_date"], name="one_correction_per_estimate"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.year}: {self.date.isoformat()}"


class MarkedDay(TranslatableMixin, index.Indexed, models.Model):
    """A municipal day or an international day the municipality marks in its calendar. Its
    name and description are translated; its kind, date and whether offices close are the same
    in every language."""

    class Kind(models.TextChoices):
        MUNICIPAL = MUNICIPAL, _("Municipal day")
        INTERNATIONAL = INTERNATIONAL, _("International day")

    name = models.CharField(pgettext_lazy("of a thing", "name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MUNICIPAL)
    date = models.DateField(
        _("date"), help_text=_("With “every year”, the first year it is marked in.")
    )
    every_year = models.BooleanField(
        _("every year"), default=True, help_text=_("Marked on the same day every year.")
    )
    day_off = models.BooleanField(
        _("offices closed"),
        default=False,
        help_text=_(
            "Only when the municipality decided so: a day off is skipped when deadlines are "
            "counted in working days. An international day is not a day off."
        ),
    )
    description = models.TextField(
        _("short description"), blank=True, max_length=500, help_text=_("One or two sentences.")
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("every_year"),
        SynchronizedField("day_off"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("every_year")]),
        FieldPanel("day_off"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipal or international day")
        verbose_name_plural = _("municipal and international days")
        ordering = ["date", "name"]

    def __str__(self) -> str:
        return self.name

    def dates_between(self, start: datetime.date, end: datetime.date) -> list[datetime.date]:
        """The dates from ``start`` to ``end`` (both included) this day falls on."""
        if not self.every_year:
            return [self.date] if start <= self.date <= end else []
        found = []
        for year in range(max(start.year, self.date.year), end.year + 1):
            try:
                date = self.date.replace(year=year)
            except ValueError:  # 29 February, in a year that has none
                date = datetime.date(year, 2, 28)
            if start <= date <= end:
                found.append(date)
        return found
