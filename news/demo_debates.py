"""The public debates in the demo (``demo_data/debates.toml``, Albanian the source): the debate on
the Information and Communication Strategy in 2019, before its adoption by Decision No. 534/2 of
29.03.2019, concluded with its report and its comments answered; and a consultation open now, on
a draft regulation, with a comment or two, so that a visitor can comment. The drafts are small
stand-in PDFs. Running it again adds only what is missing."""

from __future__ import annotations

import datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from news.debates import DebateComment, DebateIndexPage, PublicDebatePage
from news.demo_sections import section_index
from news.events import EventIndexPage, EventKind
from services.demo import LANGUAGES, SOURCE, child_page, date_published, read_data, stand_in_pdf

DATA = read_data(__file__, "debates.toml")


def _moment(day: datetime.date, clock: str) -> datetime.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=ZoneInfo(settings.TIME_ZONE)
    )


def _document(spec: dict[str, Any] | None) -> Any:
    """The demo document ``spec`` describes, made once (found again by title)."""
    if spec is None:
        return None
    model = get_document_model()
    document = model.objects.filter(title=spec["title"]).first()
    if document is None:
        document = model(title=spec["title"])
        document.file.save(
            spec["file"],
            ContentFile(stand_in_pdf(spec["lines"], title_size=16, line_gap=24)),
            save=False,
        )
        document.save()
    return document


def _texts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {code: spec[code] for code in LANGUAGES}


def _debate(index: Page, spec: dict[str, Any], facts: dict[str, Any]) -> PublicDebatePage:
    texts = _texts(spec)
    sq = texts[SOURCE]
    drafts = spec["drafts"]

    def build() -> PublicDebatePage:
        return PublicDebatePage(
            title=sq["title"],
            slug=sq["slug"],
            intro=sq["intro"],
            kind=EventKind.PUBLIC_DEBATE,
            village=sq["village"],
            hall=sq["hall"],
            organiser=sq["organiser"],
            report="".join(f"<p>{escape(text)}</p>" for text in sq.get("report", [])),
            draft_sq=_document(drafts.get("sq")),
            draft_sr=_document(drafts.get("sr-latn")),
            draft_en=_document(drafts.get("en")),
            report_document=_document(spec.get("report_document")),
            concluded=spec["concluded"],
            locale=index.locale,
            **facts,
        )

    page: PublicDebatePage = child_page(index, PublicDebatePage, sq["slug"], build, texts)
    _comments(page, spec.get("comment", []))
    return page


def _comments(page: PublicDebatePage, specs: list[dict[str, Any]]) -> None:
    """The comments, each on the page of its language, once."""
    if page.all_comments().exists():
        return
    for number, spec in enumerate(specs):
        target = PublicDebatePage.objects.get(
            translation_key=page.translation_key,
            locale=Locale.objects.get(language_code=spec["language"]),
        )
        anonymous = bool(spec["anonymous"])
        comment = DebateComment.objects.create(
            debate=target,
            text=spec["text"],
            section=spec.get("section", ""),
            anonymous=anonymous,
            name="" if anonymous else spec.get("name", ""),
            email="" if anonymous else spec.get("email", ""),
            language=spec["language"],
            outcome=spec.get("outcome", ""),
            response=spec.get("response", ""),
        )
        # Received in the comment period, in the order written.
        received = _moment(page.comments_open, "09:00") + datetime.timedelta(days=1 + number)
        DebateComment.objects.filter(pk=comment.pk).update(created_at=received)


def first_weekday_of_next_month(today: datetime.date, weekday: int) -> datetime.date:
    """The first ``weekday`` (0 is Monday) of the month after ``today``'s: the open
    consultation's public meeting, in next month's calendar whenever the demo is loaded."""
    first = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7)


def load(home: Page, locales: dict[str, Locale]) -> None:
    index = section_index(section_index(home, EventIndexPage, "events"), DebateIndexPage, "debates")
    strategy = DATA["strategy"]
    _debate(
        index,
        strategy,
        {
            "start": datetime.datetime.fromisoformat(strategy["start"]).replace(
                tzinfo=ZoneInfo(settings.TIME_ZONE)
            ),
            "end": datetime.datetime.fromisoformat(strategy["end"]).replace(
                tzinfo=ZoneInfo(settings.TIME_ZONE)
            ),
            "comments_open": datetime.date.fromisoformat(strategy["comments_open"]),
            "comments_close": datetime.date.fromisoformat(strategy["comments_close"]),
        },
    )
    page = PublicDebatePage.objects.get(slug=strategy[SOURCE]["slug"], locale=home.locale)
    date_published(page, datetime.date.fromisoformat(strategy["comments_open"]))

    regulation = DATA["regulation"]
    today = timezone.localdate()
    meeting = first_weekday_of_next_month(today, regulation["meeting_weekday"])
    _debate(
        index,
        regulation,
        {
            "start": _moment(meeting, regulation["start_time"]),
            "end": _moment(meeting, regulation["end_time"]),
            "comments_open": today + datetime.timedelta(days=regulation["comments_open"]),
            "comments_close": meeting + datetime.timedelta(days=regulation["comments_close"]),
        },
    )
