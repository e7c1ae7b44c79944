"""The calendar's iCalendar feeds at addresses ending in ``.ics`` (``/sq/kalendari/events.ics``).

Wagtail's page URLs allow no dot, so ``cms/urls.py`` routes these addresses here, before
Wagtail's own patterns, and Wagtail serves them through the calendar page's routes
(``news.calendar.CalendarPage.events_ics`` and ``holidays_ics``).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from wagtail import views as wagtail_views

#: A page's path followed by ``events.ics`` or ``holidays.ics``.
ICS_PATTERN = r"^((?:[\w\-]+/)*(?:events|holidays)\.ics)$"


def serve_ics(request: HttpRequest, page_path: str) -> HttpResponse:
    response: HttpResponse = wagtail_views.serve(request, page_path + "/")
    return response
