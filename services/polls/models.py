"""Polls: the familiar Poll / Choice / Vote shape of ``django-polls``, which cannot be imported on
Django 5 (see the README), made translatable and open to voters without an account.

A poll and its translations are one poll: votes name the poll and the choice by their
``translation_key``, so a vote cast on the Serbian page and one cast on the Albanian page land
in the same tally, and the tally survives a translation being deleted and made again.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ResultsShown(models.TextChoices):
    ALWAYS = "always", _("Always")
    AFTER_VOTING = "after_voting", _("To those who have voted")
    AFTER_CLOSING = "after_closing", _("Only after the poll closes")


class PollQuerySet(models.QuerySet["Poll"]):
    def open_at(self, moment: Any) -> PollQuerySet:
        return self.filter(opens_at__lte=moment).filter(
            models.Q(closes_at__isnull=True) | models.Q(closes_at__gt=moment)
        )


class Poll(TranslatableMixin, index.Indexed, ClusterableModel):
    question = models.CharField(_("question"), max_length=300)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Why the municipality asks, and what it will do with the answers."),
    )
    opens_at = models.DateTimeField(_("opens at"), default=timezone.now)
    closes_at = models.DateTimeField(
        _("closes at"), null=True, blank=True, help_text=_("Leave empty to keep the poll open.")
    )
    multiple = models.BooleanField(
        _("several answers"),
        default=False,
        help_text=_("Voters may tick more than one answer."),
    )
    results_shown = models.CharField(
        _("results are shown"),
        max_length=20,
        choices=ResultsShown.choices,
        default=ResultsShown.AFTER_VOTING,
    )
    captcha = models.BooleanField(
        _("ask for a captcha"),
        default=False,
        help_text=_("Voters answer a captcha first: slower for them, harder for robots."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PollQuerySet.as_manager()

    panels = [
        FieldPanel("question"),
        FieldPanel("description"),
        InlinePanel("choices", label=_("Answers"), min_num=2),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("multiple"),
                FieldPanel("results_shown"),
                FieldPanel("captcha"),
            ],
            heading=_("Voting"),
        ),
    ]
    search_fields = [
        index.SearchField("question"),
        index.AutocompleteField("question"),
        index.FilterField("locale"),
    ]
    # The voting rules belong to the poll, not to one language: a translation follows them.
    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("description"),
        TranslatableField("choices"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("multiple"),
        SynchronizedField("results_shown"),
        SynchronizedField("captcha"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["-opens_at", "pk"]

    def __str__(self) -> str:
        return self.question

    def clean(self) -> None:
        super().clean()
        if self.closes_at and self.opens_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A poll must close after it opens.")})

    # --- the clock ----------------------------------------------------------------------

    def has_opened(self, now: Any = None) -> bool:
        return self.opens_at <= (now or timezone.now())

    def has_closed(self, now: Any = None) -> bool:
        return self.closes_at is not None and self.closes_at <= (now or timezone.now())

    def is_open(self, now: Any = None) -> bool:
        now = now or timezone.now()
        return self.has_opened(now) and not self.has_closed(now)


class Choice(TranslatableMixin, Orderable):
    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("answer"), max_length=200)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return self.text


class Vote(models.Model):
    """One voter's ballot in one poll: its answers are ``VoteChoice`` rows. The pair (poll,
    voter) is unique in the database, so two requests racing with one voter's cookie cannot
    both be counted."""

    poll_key = models.UUIDField(_("poll"), db_index=True, editable=False)
    #: A keyed hash of the voter's cookie: it tells one browser's votes apart and nothing else.
    voter = models.CharField(_("voter"), max_length=64, editable=False)
    language = models.CharField(_("language"), max_length=10, editable=False)
    cast_at = models.DateTimeField(_("cast at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["poll_key", "voter"], name="polls_one_vote_per_voter")
        ]

    def __str__(self) -> str:
        return f"{self.poll_key} {self.cast_at:%Y-%m-%d %H:%M}"


class VoteChoice(models.Model):
    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="answers")
    #: The answer's ``translation_key``: the same for the answer in every language.
    choice_key = models.UUIDField(editable=False)

    class Meta:
        verbose_name = _("answer in a vote")
        verbose_name_plural = _("answers in votes")
        constraints = [
            models.UniqueConstraint(fields=["vote", "choice_key"], name="polls_answer_once")
        ]
        indexes = [models.Index(fields=["choice_key"])]

    def __str__(self) -> str:
        return str(self.choice_key)
