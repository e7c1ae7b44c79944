"""Events: press conferences, public debates, the Assembly's sessions, cultural and sports
events, the diaspora's and the donors' gatherings; their calendar is ``news.calendar``.

Times are kept as aware datetimes and shown in the municipality's time zone (``TIME_ZONE``,
Europe/Belgrade), so a session at 10:00 stays at 10:00 across a change of summer time.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock, DocumentBlock, ListedItem
from home.models import BasePage
from home.sections import FEED_LENGTH, FeedIndexMixin
from news.recurrence import DaysOff, Occurrence, Position, Repeats, Rule, parse_dates

#: How far ahead the home page's "next events" look.
UPCOMING_DAYS = 366
#: How far ahead the events section lists every date when no dates are chosen (a weekly
#: series would otherwise fill the page).
LISTED_DAYS = 92
#: The longest window the section's filters, the calendar and the API expand.
MAX_WINDOW_DAYS = 400
#: How many past events the section lists below the coming ones.
PAST_LENGTH = 20


class EventKind(models.TextChoices):
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    PUBLIC_DEBATE = "public_debate", _("Public debate")
    ASSEMBLY_SESSION = "assembly_session", _("Assembly session")
    CITIZENS_DAY = "citizens_day", _("Citizens' day")
    CULTURAL = "cultural", _("Cultural event")
    SPORTS = "sports", _("Sports event")
    DIASPORA = "diaspora", _("Diaspora event")
    DONORS_CONFERENCE = "donors_conference", _("Donors' conference")
    OTHER = "other", pgettext_lazy("kind of event", "Other")


def overlapping(events: QuerySet[Any], start: datetime.datetime, end: datetime.datetime) -> Any:
    """The events of ``events`` that may have an occurrence between ``start`` and ``end``:
    a single event that overlaps, or a series begun before ``end`` and not over before
    ``start``."""
    single = Q(repeats=Repeats.NONE, start__lt=end, end__gt=start)
    series = (
        ~Q(repeats=Repeats.NONE)
        & Q(start__lt=end)
        & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=start.date()))
    )
    return events.filter(single | series)


def of_kind(events: QuerySet[Any], kind: str) -> Any:
    """Events of ``kind``; public debates are every ``news.PublicDebatePage`` too."""
    if kind == EventKind.PUBLIC_DEBATE:
        return events.filter(Q(kind=kind) | Q(publicdebatepage__isnull=False))
    return events.filter(kind=kind)


def occurrences_of(
    events: Iterable[Any],
    start: datetime.datetime,
    end: datetime.datetime,
    include_cancelled: bool = False,
) -> list[Occurrence]:
    """Every occurrence of ``events`` between ``start`` and ``end``, in time order."""
    closed = DaysOff()
    found = [
        occurrence
        for event in events
        for occurrence in event.occurrences(
            start, end, include_cancelled=include_cancelled, closed=closed
        )
    ]
    return sorted(found, key=lambda o: (o.start, o.event.title))


#: The days the section's filters accept (time zone arithmetic stops at years 1 and 9999).
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2200, 12, 31)


def parse_day(text: str | None) -> datetime.date | None:
    """A date given as ``YYYY-MM-DD`` (what ``<input type=date>`` sends) from 1900 to 2200;
    None if not one."""
    try:
        day = datetime.date.fromisoformat((text or "").strip())
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def day_start(day: datetime.date) -> datetime.datetime:
    """The first moment of ``day`` in the municipality's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


class EventIndexPage(FeedIndexMixin, BasePage):
    """The list of events: what comes next, then what has been."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage", "news.DebateIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events section")
        verbose_name_plural = _("events sections")

    def events(self) -> QuerySet[EventPage]:
        """The section's published, public events (the public debates below it included)."""
        events: QuerySet[EventPage] = EventPage.objects.descendant_of(self).live().public()
        return events

    def upcoming(self, count: int, kind: str | None = None) -> list[Occurrence]:
        """The next ``count`` occurrences of the section's events that have not ended (the
        home page's "next events")."""
        now = timezone.now()
        events = self.events()
        if kind:
            events = of_kind(events, kind)
        until = now + datetime.timedelta(days=UPCOMING_DAYS)
        return occurrences_of(overlapping(events, now, until), now, until)[:count]

    def home_listing(self, count: int) -> list[ListedItem]:
        """The home page's "next events": the coming dates, each with its time."""
        return [ListedItem(o.event, o.start, with_time=True) for o in self.upcoming(count)]

    def feed_items(self) -> Any:
        """The feed's entries, sharing one look-up of the days off (``feed_date``)."""
        closed = DaysOff()
        items = list(super().feed_items()[:FEED_LENGTH])
        for item in items:
            item._days_off = closed
        return items

    def past(self, events: QuerySet[EventPage] | None = None) -> list[EventPage]:
        """Events that are over (a series, once its last date has passed), newest first."""
        now = timezone.now()
        queryset = events if events is not None else self.events()
        over = Q(repeats=Repeats.NONE, end__lte=now) | (
            ~Q(repeats=Repeats.NONE) & Q(repeat_until__lt=timezone.localdate())
        )
        return list(queryset.filter(over).order_by("-start")[:PAST_LENGTH])

    def calendar_links(self) -> Any:
        """The language's calendar page (its iCalendar feeds are advertised here too)."""
        from_home = self.get_parent()
        return CalendarLookup.first_below(from_home) if from_home else None

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        events = self.events()
        kind = request.GET.get("kind", "").strip()
        known_kinds = dict(EventKind.choices)
        unknown_kind = bool(kind) and kind not in known_kinds
        if kind and not unknown_kind:
            events = of_kind(events, kind)
        asked_from, asked_to = request.GET.get("from", ""), request.GET.get("to", "")
        day_from, day_to = parse_day(asked_from), parse_day(asked_to)
        bad_dates = bool(
            (asked_from.strip() and day_from is None)
            or (asked_to.strip() and day_to is None)
            or (day_from and day_to and day_to < day_from)
        )
        if bad_dates:
            day_from = day_to = None
        filtered_dates = bool(day_from or day_to)
        now = timezone.now()
        start = day_start(day_from) if day_from else now
        if day_to:
            end = day_start(day_to + datetime.timedelta(days=1))
            if not day_from:
                start = min(now, end - datetime.timedelta(days=MAX_WINDOW_DAYS))
        else:
            end = start + datetime.timedelta(days=LISTED_DAYS)
        end = min(end, start + datetime.timedelta(days=MAX_WINDOW_DAYS))
        context.update(
            occurrences=occurrences_of(overlapping(events, start, end), start, end),
            past_events=[] if filtered_dates else self.past(events),
            kind_choices=EventKind.choices,
            chosen_kind="" if unknown_kind else kind,
            unknown_kind=unknown_kind,
            bad_dates=bad_dates,
            chosen_from=day_from.isoformat() if day_from else "",
            chosen_to=day_to.isoformat() if day_to else "",
            filtered=bool(kind and not unknown_kind) or filtered_dates,
            calendar=self.calendar_links(),
        )
        return context


class CalendarLookup:
    """Finds the calendar page of a language (``news.calendar.CalendarPage``) without the
    events module importing the calendar's."""

    @staticmethod
    def first_below(parent: Page) -> Page | None:
        page = (
            Page.objects.child_of(parent)
            .live()
            .public()
            .filter(content_type__model="calendarpage", content_type__app_label="news")
            .first()
        )
        return page.specific if page else None


class EventPage(BasePage):
    """One event, or a series of them (``news.recurrence``)."""

    kind = models.CharField(
        _("kind"), max_length=40, choices=EventKind.choices, default=EventKind.OTHER
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    village = models.CharField(
        _("village or town"), max_length=120, blank=True, help_text=_("E.g. Kllokot, Vërboc.")
    )
    hall = models.CharField(
        _("hall or room"), max_length=200, blank=True, help_text=_("E.g. the Assembly hall.")
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    live_stream_url = models.URLField(_("live stream"), blank=True)
    recording_url = models.URLField(_("recording"), blank=True)
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    repeats = models.CharField(
        _("repeats"), max_length=20, choices=Repeats.choices, default=Repeats.NONE
    )
    repeat_interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        help_text=_("1: every week or month; 2: every other week or month, and so on."),
    )
    repeat_position = models.SmallIntegerField(
        _("week of the month"),
        choices=Position.choices,
        null=True,
        blank=True,
        help_text=_(
            "For a monthly weekday: e.g. the last Thursday. Empty: the week of the first date."
        ),
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("The last day the series may fall on (or give a number of times)."),
    )
    repeat_count = models.PositiveSmallIntegerField(_("number of times"), null=True, blank=True)
    skip_holidays = models.BooleanField(
        _("skip official holidays"),
        default=True,
        help_text=_("A date of the series that falls on a day off does not take place."),
    )
    cancelled_dates = models.TextField(
        _("cancelled dates"),
        blank=True,
        help_text=_("Dates of the series that do not take place, one a line: 2027-02-17."),
    )

    # The series' dates are the same in every language: they are copied, not translated.
    override_translatable_fields = [SynchronizedField("cancelled_dates")]

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [
                FieldPanel("repeats"),
                FieldRowPanel([FieldPanel("repeat_interval"), FieldPanel("repeat_position")]),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("skip_holidays"),
                FieldPanel("cancelled_dates"),
            ],
            heading=_("Repeats"),
        ),
        MultiFieldPanel(
            [FieldPanel("village"), FieldPanel("hall"), FieldPanel("address")],
            heading=_("Where"),
        ),
        FieldPanel("organiser"),
        MultiFieldPanel(
            [FieldPanel("live_stream_url"), FieldPanel("recording_url")],
            heading=_("Live stream and recording"),
        ),
        FieldPanel("documents"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("village"),
        index.SearchField("hall"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("village"),
        APIField("hall"),
        APIField("address"),
        APIField("organiser"),
        APIField("live_stream_url"),
        APIField("recording_url"),
        APIField("documents"),
        APIField("body"),
        APIField("repeats"),
        APIField("recurrence"),
        APIField("upcoming_dates"),
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # Dates --------------------------------------------------------------------------------

    def rule(self) -> Rule:
        dates, _bad = parse_dates(self.cancelled_dates)
        return Rule(
            start=self.start,
            end=self.end,
            repeats=self.repeats,
            interval=self.repeat_interval or 1,
            position=self.repeat_position,
            until=self.repeat_until,
            count=self.repeat_count,
            skip_holidays=self.skip_holidays,
            cancelled_dates=dates,
        )

    def occurrences(
        self,
        start: datetime.datetime,
        end: datetime.datetime,
        include_cancelled: bool = False,
        closed: DaysOff | None = None,
    ) -> list[Occurrence]:
        """The event's dates overlapping ``start`` to ``end`` (aware), in order."""
        return self.rule().occurrences(
            start, end, self, include_cancelled=include_cancelled, closed=closed
        )

    def next_occurrences(
        self,
        count: int = 5,
        after: datetime.datetime | None = None,
        closed: DaysOff | None = None,
    ) -> list[Occurrence]:
        """The next ``count`` dates that have not ended by ``after`` (now by default)."""
        return self.rule().next_occurrences(
            count, after, self, closed=closed or getattr(self, "_days_off", None)
        )

    @property
    def recurrence(self) -> str:
        """The series' rule in words ("Every Wednesday"), in the page's language."""
        return self.rule().summary()

    @property
    def upcoming_dates(self) -> list[dict[str, str]]:
        return [
            {"start": o.start.isoformat(), "end": o.end.isoformat()}
            for o in self.next_occurrences(5)
        ]

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.hall, self.address, self.village) if part)

    def feed_date(self) -> datetime.date:
        """The day the section's feed dates the event by: its next date, or its first."""
        upcoming = self.next_occurrences(1)
        moment = upcoming[0].start if upcoming else self.start
        return timezone.localtime(moment).date()

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[Any]] = {}
        if self.start and self.end and self.end <= self.start:
            errors.setdefault("end", []).append(_("The event must end after it starts."))
        if self.repeats and self.repeats != Repeats.NONE:
            if not self.repeat_until and not self.repeat_count:
                errors.setdefault("repeat_until", []).append(
                    _("A repeating event needs an end: a last date or a number of times.")
                )
            if self.repeat_until and self.start and self.repeat_until < self.start.date():
                errors.setdefault("repeat_until", []).append(
                    _("The series must end after its first date.")
                )
            if self.start and self.end and self.end - self.start > datetime.timedelta(days=1):
                errors.setdefault("end", []).append(
                    _("Each date of a repeating event must last one day at most.")
                )
        _dates, bad = parse_dates(self.cancelled_dates)
        if bad:
            errors.setdefault("cancelled_dates", []).append(
                _("Not a date: %(text)s. Write one date a line, e.g. 2027-02-17.")
                % {"text": ", ".join(bad[:3])}
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        # The dates that do not take place are shown too, so that nobody comes in vain.
        context["next_dates"] = self.rule().next_occurrences(5, None, self, include_cancelled=True)
        parent = self.get_parent()
        context["calendar"] = CalendarLookup.first_below(parent.get_parent()) if parent else None
        return context
