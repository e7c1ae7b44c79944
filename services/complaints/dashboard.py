"""The complaints panel on the admin dashboard: open, overdue, answered this month, the median
time to answer, and a monthly chart, for the complaints this user may see."""

import statistics
from datetime import datetime
from typing import Any

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.admin.ui.components import Component

from services.complaints.models import Complaint

MONTHS = 12


def _month_start(moment: datetime) -> datetime:
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _months_back(start: datetime, count: int) -> list[datetime]:
    months = [start]
    for _ in range(count - 1):
        previous = months[-1]
        year, month = (
            (previous.year, previous.month - 1) if previous.month > 1 else (previous.year - 1, 12)
        )
        months.append(previous.replace(year=year, month=month))
    return list(reversed(months))


def complaint_stats(queryset, now: datetime | None = None) -> dict:
    now = timezone.localtime(now or timezone.now())
    this_month = _month_start(now)
    months = _months_back(this_month, MONTHS)
    answered = queryset.filter(answered_at__isnull=False)
    durations = [
        (answered_at - created_at).total_seconds() / 86400
        for created_at, answered_at in answered.filter(answered_at__gte=months[0]).values_list(
            "created_at", "answered_at"
        )
    ]
    received = dict(
        queryset.filter(created_at__gte=months[0])
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    answered_by_month = dict(
        answered.filter(answered_at__gte=months[0])
        .annotate(month=TruncMonth("answered_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )

    def count(table: dict, month: datetime) -> int:
        return sum(
            n
            for key, n in table.items()
            if key and (key.year, key.month) == (month.year, month.month)
        )

    rows: list[dict[str, Any]] = [
        {
            "month": month,
            "received": count(received, month),
            "answered": count(answered_by_month, month),
        }
        for month in months
    ]
    peak = max([1] + [max(row["received"], row["answered"]) for row in rows])
    for row in rows:
        row["received_pct"] = round(100 * row["received"] / peak)
        row["answered_pct"] = round(100 * row["answered"] / peak)
    median = round(statistics.median(durations), 1) if durations else None
    return {
        "open": queryset.open().count(),
        "overdue": queryset.overdue(now).count(),
        "answered_this_month": answered.filter(answered_at__gte=this_month).count(),
        "median_days": median,
        "median_days_plural": plural_count(median),
        "months": rows,
    }


def plural_count(value: float | None) -> int:
    """The whole number that picks the plural form for ``value`` days: a fraction takes the
    form of "5" (Serbian "2,5 dana", English "1.5 days"), never the singular."""
    if value is None:
        return 0
    return int(value) if value == int(value) else 5


class ComplaintsPanel(Component):
    name = "complaints"
    order = 110
    template_name = "complaints/admin/dashboard_panel.html"

    def __init__(self, user) -> None:
        self.user = user

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        return {"stats": complaint_stats(Complaint.objects.visible_to(self.user))}
