"""Casting a vote and reading the tally: one form and one gate for the site and the API.

A voter is a browser, known by a signed cookie that holds a random token (an API client keeps
the same token and sends it back in the ``X-Voter-Token`` header). The database stores only a
keyed hash of the token, unique per poll, so one voter is counted once however many requests
race; a visitor who clears the cookie becomes a new voter, which the limit per client address
(``POLLS_VOTES_PER_ADDRESS``) keeps within what a household or an office needs.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from services.captcha import CaptchaFormMixin, captcha_fields
from services.gate import Conflict, Gate
from services.polls.models import Choice, Poll, ResultsShown, Vote, VoteChoice

COOKIE = "voter"
HEADER = "HTTP_X_VOTER_TOKEN"
_SALT = "services.polls.voter"
#: A year: long enough to outlive any poll.
COOKIE_AGE = 365 * 24 * 3600

GATE = Gate(
    scope="polls",
    attempt_rate="POLLS_ATTEMPT_RATE",
    accepted_rate="POLLS_VOTES_PER_ADDRESS",
    # The limit per address counts each poll on its own: a family votes in every poll.
    accepted_scope=lambda form: f"polls-{form.poll.translation_key}",
    media_types=("application/json", "application/x-www-form-urlencoded", "multipart/form-data"),
)

# --- voters ---------------------------------------------------------------------------------


def new_token() -> str:
    return signing.Signer(salt=_SALT).sign(secrets.token_urlsafe(18))


def read_token(request: HttpRequest) -> str | None:
    """The voter token the request carries (cookie, else header), if it is one we signed."""
    for value in (request.COOKIES.get(COOKIE), request.META.get(HEADER)):
        if value:
            try:
                signing.Signer(salt=_SALT).unsign(value)
            except signing.BadSignature:
                continue
            return str(value)
    return None


def voter_id(token: str) -> str:
    """What the database keeps of a token: a keyed hash, useless to vote with."""
    key = f"{_SALT}:{settings.SECRET_KEY}".encode()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def remember(response: HttpResponse, token: str) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def has_voted(poll: Poll, token: str | None) -> bool:
    return bool(token) and (
        Vote.objects.filter(poll_key=poll.translation_key, voter=voter_id(token or "")).exists()
    )


def my_choices(poll: Poll, token: str | None) -> set[Any]:
    """The answers (by translation key) this voter gave, for the chart's "your answer"."""
    if not token:
        return set()
    return set(
        VoteChoice.objects.filter(
            vote__poll_key=poll.translation_key, vote__voter=voter_id(token)
        ).values_list("choice_key", flat=True)
    )


# --- the form -------------------------------------------------------------------------------


def _when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def not_open_message(poll: Poll) -> str:
    return _("This poll opens on %(date)s: voting is not possible yet.") % {
        "date": _when(poll.opens_at)
    }


def closed_message(poll: Poll) -> str:
    assert poll.closes_at is not None
    return _("This poll closed on %(date)s: voting is no longer possible.") % {
        "date": _when(poll.closes_at)
    }


def already_voted_message() -> str:
    return _(
        "You have already voted in this poll. Each browser has one vote, in whichever "
        "language it votes."
    )


class VoteForm(CaptchaFormMixin, forms.Form):
    """A ballot for one poll (in one language): the answer's id among that poll's answers."""

    choice: forms.Field
    captcha_key, captcha_answer = captcha_fields()
    #: Refusals that depend on the poll, not on the request's shape, told apart in the API.
    api_error_types = {
        "invalid_choice": "does_not_exist",
        "closed": "closed",
        "not_open": "not_open",
    }

    def __init__(
        self, data: Any = None, *, poll: Poll | None, token: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(data, **kwargs)
        self.poll = poll
        self.token = token
        choices = [(str(choice.pk), choice.text) for choice in choices_of(poll)]
        field: forms.Field
        if poll is not None and poll.multiple:
            field = forms.MultipleChoiceField(
                label=gettext_lazy("Your answers"),
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                help_text=gettext_lazy("Tick every answer you agree with."),
                error_messages={"required": gettext_lazy("Please tick at least one answer.")},
            )
        else:
            field = forms.ChoiceField(
                label=gettext_lazy("Your answer"),
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={"required": gettext_lazy("Please choose an answer.")},
            )
        field.error_messages["invalid_choice"] = gettext_lazy(
            "“%(value)s” is not one of this poll's answers."
        )
        self.fields["choice"] = field
        self.order_fields(["choice"])
        if poll is not None and not poll.captcha:
            del self.fields["captcha_key"], self.fields["captcha_answer"]

    @property
    def api_required(self) -> tuple[str, ...]:  # type: ignore[override]
        # Which polls ask for a captcha is each poll's own (``captcha`` in its description).
        asks = self.poll is not None and self.poll.captcha
        return ("captcha_key", "captcha_answer") if asks else ()

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        poll = self.poll
        if poll is None:
            return data
        now = timezone.now()
        if not poll.has_opened(now):
            raise ValidationError(not_open_message(poll), code="not_open")
        if poll.has_closed(now):
            raise ValidationError(closed_message(poll), code="closed")
        if has_voted(poll, self.token):
            raise ValidationError(already_voted_message(), code="already_voted")
        if "captcha_key" in self.fields:
            self.check_captcha(data)
        return data

    def chosen(self) -> list[Choice]:
        value = self.cleaned_data["choice"]
        ids = {int(pk) for pk in (value if isinstance(value, list) else [value])}
        return [choice for choice in choices_of(self.poll) if choice.pk in ids]

    def already_voted(self) -> bool:
        return any(error.code == "already_voted" for error in self.non_field_error_list())

    def non_field_error_list(self) -> list[ValidationError]:
        return list(self.errors.as_data().get(NON_FIELD_ERRORS, []))


def poll_by_id(poll_id: int) -> Poll | None:
    """The poll with its language and answers, from the cache when it is there: every read of
    a poll's results or page starts here, and a poll changes rarely (any save of it or of its
    answers drops the copy, see ``apps``). None for an id that no poll has."""
    # An id no database column can hold is no poll either (not an overflow error).
    if not 0 < poll_id < 2**31:
        return None
    key = f"polls:poll:{poll_id}"
    poll: Poll | None = cache.get(key)
    if poll is None:
        poll = Poll.objects.select_related("locale").filter(pk=poll_id).first()
        if poll is None:
            return None
        choices_of(poll)
        cache.set(key, poll, settings.POLLS_COUNTS_CACHE_SECONDS)
    return poll


def forget_poll(poll_id: Any) -> None:
    cache.delete(f"polls:poll:{poll_id}")


def choices_of(poll: Poll | None) -> list[Choice]:
    if poll is None:
        return []
    cached = getattr(poll, "_choices_cache", None)
    if cached is None:
        cached = list(poll.choices.all())
        poll._choices_cache = cached
    return cached


def cast(form: VoteForm, token: str) -> Vote:
    """Record the ballot; raises ``Conflict`` when this voter's vote is already in (a parallel
    request won the unique constraint)."""
    poll = form.poll
    assert poll is not None
    try:
        with transaction.atomic():
            vote = Vote.objects.create(
                poll_key=poll.translation_key,
                voter=voter_id(token),
                language=poll.locale.language_code,
            )
            VoteChoice.objects.bulk_create(
                VoteChoice(vote=vote, choice_key=choice.translation_key) for choice in form.chosen()
            )
    except IntegrityError:
        raise Conflict from None
    forget_counts(poll)
    return vote


def run(request: HttpRequest, poll: Poll, token: str, read: Any) -> Any:
    """The gate for a vote in ``poll``: site and API alike."""
    return GATE.run(
        request,
        lambda data: VoteForm(data, poll=poll, token=token),
        lambda form: cast(form, token),
        read=read,
    )


# --- results --------------------------------------------------------------------------------


@dataclass
class Row:
    choice: Choice
    count: int
    percent: float
    mine: bool = False

    @property
    def label(self) -> str:
        return self.choice.text


@dataclass
class Results:
    poll: Poll
    #: Voters (ballots), whatever the number of answers each ticked.
    total: int
    rows: list[Row] = field(default_factory=list)
    first_vote: datetime | None = None
    last_vote: datetime | None = None


def _cache_key(poll: Poll) -> str:
    return f"polls:counts:{poll.translation_key.hex}"


def counted(poll: Poll) -> dict[str, Any]:
    """The poll's counts (voters, votes per answer key, first and last vote), from the cache
    while no vote has come in since they were counted: every vote drops them (``cast``), and
    they are kept at most ``POLLS_COUNTS_CACHE_SECONDS`` in case a drop was lost."""
    key = _cache_key(poll)
    # A cache that cannot be reached answers nothing (``cms.cache``): the database counts.
    summary: dict[str, Any] | None = cache.get(key)
    if summary is not None:
        return summary
    votes = Vote.objects.filter(poll_key=poll.translation_key)
    totals = votes.aggregate(total=Count("pk"), first=Min("cast_at"), last=Max("cast_at"))
    summary = {
        "total": totals["total"] or 0,
        "first": totals["first"],
        "last": totals["last"],
        "counts": dict(
            VoteChoice.objects.filter(vote__poll_key=poll.translation_key)
            .values_list("choice_key")
            .annotate(n=Count("pk"))
            .values_list("choice_key", "n")
        ),
    }
    cache.set(key, summary, settings.POLLS_COUNTS_CACHE_SECONDS)
    return summary


def forget_counts(poll: Poll) -> None:
    cache.delete(_cache_key(poll))


def tally(poll: Poll, mine: set[Any] | None = None) -> Results:
    """The counts of ``poll`` and all its translations, labelled in ``poll``'s language. Shares
    are of the voters, so with several answers allowed they add up to more than 100%."""
    summary = counted(poll)
    counts = summary["counts"]
    total = summary["total"]
    rows = [
        Row(
            choice=choice,
            count=counts.get(choice.translation_key, 0),
            percent=100 * counts.get(choice.translation_key, 0) / total if total else 0.0,
            mine=choice.translation_key in (mine or set()),
        )
        for choice in choices_of(poll)
    ]
    return Results(
        poll=poll, total=total, rows=rows, first_vote=summary["first"], last_vote=summary["last"]
    )


def hidden_reason(poll: Poll, voted: bool) -> str | None:
    """Why the results are not shown to this visitor yet, or None when they may see them."""
    closed = poll.has_closed()
    if poll.results_shown == ResultsShown.ALWAYS or closed:
        return None
    if poll.results_shown == ResultsShown.AFTER_VOTING:
        if voted:
            return None
        return _(
            "The results are shown to those who have voted, and to everyone once the poll closes."
        )
    if poll.closes_at is None:
        return _("The results are shown once the poll closes.")
    return _("The results are shown once the poll closes, on %(date)s.") % {
        "date": _when(poll.closes_at)
    }


def method_note(results: Results) -> str:
    """How the votes were collected, said with every result."""
    poll = results.poll
    if poll.closes_at is not None and poll.has_closed():
        period = _("Votes were collected on this website from %(start)s to %(end)s.") % {
            "start": _when(poll.opens_at),
            "end": _when(poll.closes_at),
        }
    else:
        period = _("Votes are being collected on this website since %(start)s.") % {
            "start": _when(poll.opens_at)
        }
    how = _("One vote per browser, without an account; votes in every language count together.")
    if not poll.multiple:
        several = ""
    elif poll.has_closed():
        several = _(
            "Voters could choose several answers, so the shares may add up to more than 100%."
        )
    else:
        several = _(
            "Voters may choose several answers, so the shares may add up to more than 100%."
        )
    return " ".join(part for part in (period, how, several) if part)


def sample_note() -> str:
    return _(
        "An online poll is not a representative sample: it shows what those who chose to "
        "answer think, not what all citizens think."
    )


def language() -> str:
    return get_language() or settings.LANGUAGE_CODE
