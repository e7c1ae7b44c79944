"""Events for the events tests: pages below the demo's events section, single or recurring."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from news.events import EventIndexPage, EventPage
from news.recurrence import Repeats


def events_index(language: str = "sq") -> EventIndexPage:
    return EventIndexPage.objects.get(locale__language_code=language)


def add_event(
    index: EventIndexPage,
    title: str,
    start: datetime.datetime | None = None,
    hours: int = 2,
    **fields: Any,
) -> EventPage:
    begins = start or timezone.now() + datetime.timedelta(days=3)
    page = EventPage(
        title=title,
        start=begins,
        end=begins + datetime.timedelta(hours=hours),
        locale=index.locale,
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_weekly(index: EventIndexPage, title: str, **fields: Any) -> EventPage:
    start = timezone.now().replace(microsecond=0) - datetime.timedelta(days=30)
    return add_event(
        index,
        title,
        start,
        repeats=Repeats.WEEKLY,
        repeat_until=timezone.localdate() + datetime.timedelta(days=200),
        **fields,
    )
