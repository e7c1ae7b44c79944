"""The calendar page of a language: the municipality's events and Kosovo's holidays month by
month (a table, or a list of the same month), and two iCalendar feeds, ``events.ics`` and
``holidays.ics``, in the page's language.

Months are chosen with ``?month=YYYY-MM`` links (previous and next month are plain links, so
keyboards and screen readers move through them as through any page) and ``?view=list``.
"""

from __future__ import annotations

import calendar as month_grid
import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.dates import WEEKDAYS
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Event, vText
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from home import holidays
from home.models import BasePage
from home.sections import municipality_name
from news.events import EventKind, EventPage, day_start, occurrences_of, overlapping
from news.recurrence import CANCELLED, Occurrence

#: The iCalendar feed of events covers this window around today.
FEED_PAST_DAYS = 92
FEED_FUTURE_DAYS = 366
#: Months the calendar can show (a wider ``?month=`` is a bad request).
FIRST_YEAR, LAST_YEAR = 1990, 2100

MONTH = re.compile(r"^(\d{4})-(\d{2})$")

KIND_LABELS = {
    holidays.OFFICIAL: gettext_lazy("Official holiday"),
    holidays.MUNICIPAL: gettext_lazy("Municipal day"),
    holidays.INTERNATIONAL: gettext_lazy("International day"),
}


@dataclass
class DayCell:
    date: datetime.date
    in_month: bool
    today: bool
    occurrences: list[Occurrence] = field(default_factory=list)
    holidays: list[holidays.Day] = field(default_factory=list)


def parse_month(text: str) -> datetime.date | None:
    """The first day of the month ``YYYY-MM``, or None when ``text`` is not one."""
    found = MONTH.match(text.strip())
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return datetime.date(year, month, 1)


def shift_month(first: datetime.date, months: int) -> datetime.date:
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def kind_label(day: holidays.Day) -> str:
    return str(KIND_LABELS.get(day.kind, KIND_LABELS[holidays.OFFICIAL]))


class CalendarPage(RoutablePageMixin, BasePage):
    """The municipality's calendar in one language: events and holidays, month by month."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("calendar")
        verbose_name_plural = gettext_lazy("calendars")

    def events(self) -> Any:
        """The published, public events in the page's language."""
        return EventPage.objects.live().public().filter(locale_id=self.locale_id)

    # The page ------------------------------------------------------------------------------

    @path("")  # type: ignore[untyped-decorator]
    def month_view(self, request: HttpRequest) -> HttpResponse:
        asked = request.GET.get("month", "")
        today = timezone.localdate()
        first = parse_month(asked) if asked else today.replace(day=1)
        list_view = request.GET.get("view", "") == "list"
        if first is None:
            response = TemplateResponse(
                request,
                "news/calendar_bad_month.html",
                {
                    **self.get_context(request),
                    "message": _("Not a month the calendar can show. Write it as 2027-03."),
                },
                status=400,
            )
            return response
        rendered: HttpResponse = self.render(
            request, context_overrides=self.month_context(first, list_view)
        )
        return rendered

    def month_context(self, first: datetime.date, list_view: bool) -> dict[str, Any]:
        today = timezone.localdate()
        last = shift_month(first, 1) - datetime.timedelta(days=1)
        weeks_dates = month_grid.Calendar(firstweekday=0).monthdatescalendar(
            first.year, first.month
        )
        grid_first, grid_last = weeks_dates[0][0], weeks_dates[-1][-1]
        start, end = day_start(grid_first), day_start(grid_last + datetime.timedelta(days=1))
        occurrences = occurrences_of(overlapping(self.events(), start, end), start, end)
        days = holidays.days_between(grid_first, grid_last, self.locale.language_code)
        cells: dict[datetime.date, DayCell] = {}
        weeks = []
        for week in weeks_dates:
            row = []
            for day in week:
                cell = DayCell(day, day.month == first.month, day == today)
                cells[day] = cell
                row.append(cell)
            weeks.append(row)
        for occurrence in occurrences:
            begins = timezone.localtime(occurrence.start).date()
            ends = timezone.localtime(occurrence.end - datetime.timedelta(seconds=1)).date()
            day = max(begins, grid_first)
            while day <= min(ends, grid_last):
                cells[day].occurrences.append(occurrence)
                day += datetime.timedelta(days=1)
        for holiday in days:
            if holiday.date in cells:
                cells[holiday.date].holidays.append(holiday)
        month_days = [
            cell
            for row in weeks
            for cell in row
            if cell.in_month and (cell.occurrences or cell.holidays)
        ]
        return {
            "month": first,
            "month_title": date_format(first, "YEAR_MONTH_FORMAT"),
            "weekdays": [str(WEEKDAYS[index]) for index in range(7)],
            "weeks": weeks,
            "month_days": month_days,
            "list_view": list_view,
            "previous_month": shift_month(first, -1).strftime("%Y-%m"),
            "next_month": shift_month(first, 1).strftime("%Y-%m"),
            "this_month": today.replace(day=1).strftime("%Y-%m"),
            "is_this_month": first == today.replace(day=1),
            "last_day": last,
        }

    # iCalendar -----------------------------------------------------------------------------

    def _calendar(self, name: str) -> Calendar:
        language = self.locale.language_code
        cal = Calendar()
        cal.add("prodid", f"-//{municipality_name(self) or 'Municipality'}//{name}//{language}")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", f"{self.title}: {name}")
        cal.add("x-wr-timezone", timezone.get_default_timezone_name())
        return cal

    def _host(self, request: HttpRequest) -> str:
        site = self.get_site()
        return site.hostname if site else request.get_host().split(":")[0]

    @staticmethod
    def _response(cal: Calendar, filename: str) -> HttpResponse:
        response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response

    @re_path(r"^events\.ics/?$", name="events_ics")  # type: ignore[untyped-decorator]
    def events_ics(self, request: HttpRequest) -> HttpResponse:
        """The events from three months ago to a year ahead, one VEVENT per date."""
        language = self.locale.language_code
        with translation.override(language):
            now = timezone.now()
            start = now - datetime.timedelta(days=FEED_PAST_DAYS)
            end = now + datetime.timedelta(days=FEED_FUTURE_DAYS)
            cal = self._calendar(_("Events"))
            host = self._host(request)
            kinds = dict(EventKind.choices)
            for occurrence in occurrences_of(
                overlapping(self.events(), start, end), start, end, include_cancelled=True
            ):
                if occurrence.cancelled and occurrence.cancelled != CANCELLED:
                    continue  # a day off: the date never was in the series
                event: EventPage = occurrence.event
                item = Event()
                stamp = occurrence.start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
                item.add("uid", f"event-{event.translation_key}-{stamp}-{language}@{host}")
                item.add("dtstamp", event.last_published_at or now)
                item.add("dtstart", timezone.localtime(occurrence.start))
                item.add("dtend", timezone.localtime(occurrence.end))
                item.add("summary", vText(event.title), parameters={"LANGUAGE": language})
                if event.intro:
                    item.add("description", event.intro)
                if event.place:
                    item.add("location", event.place)
                url = event.get_full_url(request)
                if url:
                    item.add("url", url)
                item.add("categories", [str(kinds.get(event.kind, event.kind))])
                item.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
                cal.add_component(item)
            cal.add_missing_timezones(first_date=start.date(), last_date=end.date())
            return self._response(cal, f"events-{language}.ics")

    @re_path(r"^holidays\.ics/?$", name="holidays_ics")  # type: ignore[untyped-decorator]
    def holidays_ics(self, request: HttpRequest) -> HttpResponse:
        """Holidays and marked days from last year to the end of next year, named in the
        page's language, as all-day events."""
        language = self.locale.language_code
        with translation.override(language):
            today = timezone.localdate()
            first = datetime.date(today.year - 1, 1, 1)
            last = datetime.date(today.year + 1, 12, 31)
            cal = self._calendar(_("Holidays"))
            host = self._host(request)
            now = timezone.now()
            for day in holidays.days_between(first, last, language):
                item = Event()
                key = slugify(day.key or day.name)[:60]
                item.add("uid", f"holiday-{day.date:%Y%m%d}-{key}-{language}@{host}")
                item.add("dtstamp", now)
                item.add("dtstart", day.date)
                item.add("dtend", day.date + datetime.timedelta(days=1))
                item.add("summary", vText(day.name), parameters={"LANGUAGE": language})
                notes = [kind_label(day)]
                if day.estimated:
                    notes.append(_("The date is an estimate."))
                if day.day_off:
                    notes.append(_("Offices are closed."))
                item.add("description", " ".join(notes))
                item.add("categories", [kind_label(day)])
                item.add("transp", "TRANSPARENT")
                cal.add_component(item)
            return self._response(cal, f"holidays-{language}.ics")
