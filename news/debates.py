"""Public debates and consultations (strategy, section 8.1): an event with the draft under
discussion in both official languages, a comment period, citizens' comments and the report on
the comments received and how each was handled.

A comment belongs to the page the citizen commented on (one language's version); the tally,
the desk and the report take every language's together, by the pages' ``translation_key``.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage
from news.debate_comments import serve_debate
from news.events import EventKind, EventPage


def minimum_days() -> int:
    """The shortest comment period (``NEWS_CONSULTATION_MIN_DAYS``, 15 by default)."""
    return int(settings.NEWS_CONSULTATION_MIN_DAYS)


class DebateStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Comments not yet open")
    OPEN = "open", _("Open for comments")
    CLOSED = "closed", _("Comment period closed")
    CONCLUDED = "concluded", _("Concluded: report published")


class Outcome(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY_ACCEPTED = "partly_accepted", _("Partly accepted")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")
    OUT_OF_SCOPE = "out_of_scope", _("Outside the draft's scope")


class PublicDebateForm(WagtailAdminPageForm):
    """The drafts in both official languages are required to publish (a draft of the page may
    be saved without them)."""

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean()
        if getattr(self, "is_deferred_validation", False):
            return data
        message = _("The draft in both official languages is required before publishing.")
        for field in ("draft_sq", "draft_sr"):
            if field in self.fields and not data.get(field) and field not in self.errors:
                self.add_error(field, ValidationError(message, code="draft_required"))
        return data


def _fields_of(panel: Any) -> set[str]:
    """The model fields an editor panel (and the panels inside it) edits."""
    names = {getattr(panel, "field_name", "")}
    for child in getattr(panel, "children", ()):
        names |= _fields_of(child)
    return names


class PublicDebatePage(EventPage):
    """A public debate or consultation on a draft."""

    draft_sq = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("draft in Albanian"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    draft_sr = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("draft in Serbian"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    draft_en = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("draft in English (optional)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    comments_open = models.DateField(_("comments open on"))
    comments_close = models.DateField(
        _("comments close on"),
        help_text=_(
            "The last day citizens can comment. The period lasts at least the minimum the "
            "municipality sets (15 days by default, as Regulation No. 05/2016 on the minimum "
            "standards for public consultation asks)."
        ),
    )
    report = RichTextField(
        _("report on the comments"),
        blank=True,
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("The comments received and how each was handled: required to conclude."),
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report as a document (optional)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    concluded = models.BooleanField(
        _("concluded"),
        default=False,
        help_text=_(
            "Only once the report is written and every comment has an outcome and a response."
        ),
    )
    concluded_on = models.DateField(_("concluded on"), null=True, blank=True, editable=False)

    base_form_class = PublicDebateForm
    # The kind is always "public debate" (``save``): no choice to offer.
    # A debate is a debate (no kind to choose) held once: its hearing is not a series.
    content_panels = [
        panel for panel in EventPage.content_panels if not _fields_of(panel) & {"kind", "repeats"}
    ] + [
        MultiFieldPanel(
            [FieldPanel("draft_sq"), FieldPanel("draft_sr"), FieldPanel("draft_en")],
            heading=_("Draft under discussion"),
        ),
        MultiFieldPanel(
            [FieldPanel("comments_open"), FieldPanel("comments_close")],
            heading=_("Comment period"),
        ),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("report_document"), FieldPanel("concluded")],
            heading=_("Report and conclusion"),
        ),
    ]
    search_fields = EventPage.search_fields + [
        index.SearchField("report"),
        index.FilterField("comments_close"),
    ]
    api_fields = EventPage.api_fields + [
        APIField("drafts"),
        APIField("comments_open"),
        APIField("comments_close"),
        APIField("status"),
        APIField("comments_received"),
        APIField("comment_url"),
        APIField("concluded"),
        APIField("published_report"),
    ]
    # The dates, the documents and the conclusion are the same in every language; the report
    # is translated.
    override_translatable_fields = [
        *EventPage.override_translatable_fields,
        SynchronizedField("draft_sq"),
        SynchronizedField("draft_sr"),
        SynchronizedField("draft_en"),
        SynchronizedField("comments_open"),
        SynchronizedField("comments_close"),
        SynchronizedField("report_document"),
        SynchronizedField("concluded"),
        SynchronizedField("concluded_on"),
        TranslatableField("report"),
    ]
    parent_page_types = ["news.DebateIndexPage"]
    subpage_types: list[str] = []
    template = "news/public_debate_page.html"

    class Meta:
        verbose_name = _("public debate or consultation")
        verbose_name_plural = _("public debates and consultations")

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[ValidationError]] = {}
        if self.comments_open and self.comments_close:
            days = (self.comments_close - self.comments_open).days + 1
            if days < minimum_days():
                errors.setdefault("comments_close", []).append(
                    ValidationError(
                        ngettext(
                            "The comment period must last at least %(days)s day.",
                            "The comment period must last at least %(days)s days.",
                            minimum_days(),
                        )
                        % {"days": minimum_days()},
                        code="too_short",
                    )
                )
        if self.concluded:
            if not _has_text(self.report):
                errors.setdefault("concluded", []).append(
                    ValidationError(
                        _("Write the report on the comments received before concluding."),
                        code="no_report",
                    )
                )
            unanswered = self.unanswered_count()
            if unanswered:
                errors.setdefault("concluded", []).append(
                    ValidationError(
                        ngettext(
                            "%(count)s comment has no outcome or response yet: answer it "
                            "before concluding.",
                            "%(count)s comments have no outcome or response yet: answer them "
                            "before concluding.",
                            unanswered,
                        )
                        % {"count": unanswered},
                        code="unanswered",
                    )
                )
        if errors:
            raise ValidationError(errors)

    def save(self, *args: Any, **kwargs: Any) -> Any:
        # A public debate is always of that kind, whatever the form's select said.
        self.kind = EventKind.PUBLIC_DEBATE
        if self.concluded and self.concluded_on is None:
            self.concluded_on = timezone.localdate()
        elif not self.concluded:
            self.concluded_on = None
        return super().save(*args, **kwargs)

    # --- comments of every language's version ---------------------------------------------

    def all_comments(self) -> models.QuerySet[DebateComment]:
        return DebateComment.objects.filter(debate__translation_key=self.translation_key)

    def unanswered_count(self) -> int:
        if not self.translation_key:
            return 0
        return self.all_comments().filter(models.Q(outcome="") | models.Q(response="")).count()

    @property
    def comments_received(self) -> int:
        """How many comments the consultation received, in every language."""
        return self.all_comments().count()

    # --- the period ----------------------------------------------------------------------

    @property
    def status(self) -> str:
        if self.concluded:
            return DebateStatus.CONCLUDED.value
        today = timezone.localdate()
        if today < self.comments_open:
            return DebateStatus.UPCOMING.value
        if today <= self.comments_close:
            return DebateStatus.OPEN.value
        return DebateStatus.CLOSED.value

    @property
    def status_label(self) -> str:
        return str(DebateStatus(self.status).label)

    @property
    def comments_accepted(self) -> bool:
        """Whether citizens can comment today."""
        return self.status == DebateStatus.OPEN.value

    @property
    def days_left(self) -> int:
        """Days left to comment, today included."""
        return max(0, (self.comments_close - timezone.localdate()).days + 1)

    @property
    def retention_days(self) -> int:
        return int(settings.NEWS_DEBATE_COMMENT_RETENTION_DAYS)

    @property
    def comment_url(self) -> str:
        """Where the API takes a comment on this consultation."""
        return str(reverse("wagtailapi_v3:debate_comment", kwargs={"debate_id": self.pk}))

    # --- drafts and report ---------------------------------------------------------------

    def draft_documents(self) -> list[dict[str, Any]]:
        """The drafts, Albanian and Serbian first, each with its language's code."""
        drafts = [("sq", self.draft_sq), ("sr-latn", self.draft_sr), ("en", self.draft_en)]
        return [
            {"language": code, "document": document}
            for code, document in drafts
            if document is not None
        ]

    @property
    def drafts(self) -> list[dict[str, Any]]:
        """The draft under discussion in each language it exists in (API)."""
        return [
            {
                "language": item["language"],
                "title": item["document"].title,
                "url": item["document"].url,
            }
            for item in self.draft_documents()
        ]

    def answered_comments(self) -> models.QuerySet[DebateComment]:
        """The comments as the report lists them (never with their authors)."""
        return self.all_comments().exclude(outcome="").order_by("created_at", "pk")

    @property
    def published_report(self) -> dict[str, Any] | None:
        """Once concluded: the report and every comment with its outcome and response, without
        names (API)."""
        if not self.concluded:
            return None
        document = self.report_document
        return {
            "text": self.report,
            "document_url": document.url if document is not None else None,
            "comments": [comment.public() for comment in self.answered_comments()],
        }

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # The comment form posts to the page itself: one address, no JavaScript.
        return serve_debate(self, request, super().serve, *args, **kwargs)


def _has_text(html: str) -> bool:
    return bool(strip_tags(html or "").replace("&nbsp;", "").strip())


class DebateComment(models.Model):
    """A citizen's comment on a draft. An anonymous comment keeps no name and no e-mail; named
    ones lose them ``NEWS_DEBATE_COMMENT_RETENTION_DAYS`` after the consultation concludes
    (``purge_debate_comments``). No network address is ever stored."""

    debate = models.ForeignKey(
        PublicDebatePage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    text = models.TextField(_("comment"), max_length=5000)
    section = models.CharField(_("article or section of the draft"), max_length=200, blank=True)
    anonymous = models.BooleanField(_("anonymous"), default=False)
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True, db_index=True
    )
    response = models.TextField(
        _("response"), blank=True, help_text=_("Published in the report, with the outcome.")
    )
    personal_data_purged_at = models.DateTimeField(
        _("personal data purged"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("comment on a consultation")
        verbose_name_plural = _("comments on consultations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        # Never the author's name: Wagtail's history keeps this label.
        return f"#{self.pk}: {self.debate_id}"

    @property
    def answered(self) -> bool:
        return bool(self.outcome and self.response.strip())

    def excerpt(self) -> str:
        """The comment's beginning, for the officers' list."""
        return str(Truncator(self.text).chars(90))

    excerpt.short_description = _("comment")  # type: ignore[attr-defined]

    def public(self) -> dict[str, Any]:
        """What the report shows of the comment: never who wrote it."""
        return {
            "id": self.pk,
            "text": self.text,
            "section": self.section,
            "language": self.language,
            "received": self.created_at.date().isoformat(),
            "outcome": self.outcome,
            "outcome_label": str(Outcome(self.outcome).label) if self.outcome else "",
            "response": self.response,
        }


def debates_held(year: int, now: datetime.datetime | None = None) -> int:
    """Public meetings held in ``year`` by ``now``: live events of the kind public debate
    (consultations' pages among them) that started that year and have started already, each
    counted once whatever the languages it is published in (one per ``translation_key``)."""
    now = now or timezone.now()
    start = datetime.datetime(year, 1, 1, tzinfo=timezone.get_current_timezone())
    end = datetime.datetime(year + 1, 1, 1, tzinfo=timezone.get_current_timezone())
    return int(
        EventPage.objects.live()
        .filter(kind=EventKind.PUBLIC_DEBATE, start__gte=start, start__lt=end, start__lte=now)
        .values("translation_key")
        .distinct()
        .count()
    )


def public_meetings_minimum() -> int:
    """Public meetings the municipality must hold a year (``NEWS_PUBLIC_MEETINGS_MINIMUM``)."""
    return int(settings.NEWS_PUBLIC_MEETINGS_MINIMUM)


class DebateIndexPage(BasePage):
    """The home of public debates and consultations, below the events: what is open for
    comments now, what comes, and the debates held with their reports."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("How citizens take part: the Statute's ways, the right to comment."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body"), APIField("debates_url")]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = ["news.PublicDebatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("public debates section")
        verbose_name_plural = _("public debates sections")

    @property
    def debates_url(self) -> str:
        """The debates in the API, in this page's language."""
        base = reverse("wagtailapi_v3:debates")
        return f"{base}?locale={self.locale.language_code}"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        debates = list(
            PublicDebatePage.objects.child_of(self).live().public().order_by("-comments_close")
        )
        current = [d for d in debates if d.status in (DebateStatus.OPEN, DebateStatus.UPCOMING)]
        context.update(
            open_debates=sorted(current, key=lambda debate: debate.comments_close),
            past_debates=[d for d in debates if d not in current],
            year=timezone.localdate().year,
            meetings_held=debates_held(timezone.localdate().year),
            meetings_minimum=public_meetings_minimum(),
        )
        return context
