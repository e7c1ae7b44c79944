"""``/api/v3/polls/``: open and recent polls, voting, results."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any, Literal

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Locale

from services.gate import CONFLICT, INVALID, json_or_form, problem
from services.openapi import honeypot_schema, request_body
from services.polls import voting
from services.polls.models import Poll, Vote
from services.problems import ProblemDetail, problem_response
from services.urls import absolute

router = Router(tags=["polls"], auth=[AllowAnonymous()])

DEFAULT_LIMIT = 20


class ChoiceSchema(Schema):
    id: int = Field(description="Send it as `choice` to vote.")
    text: str


class PollTranslation(Schema):
    id: int
    locale: str


class PollSchema(Schema):
    id: int
    locale: str
    question: str
    description: str
    status: Literal["upcoming", "open", "closed"]
    opens_at: datetime
    closes_at: datetime | None
    multiple: bool = Field(description="Whether a voter may choose several answers.")
    results_shown: Literal["always", "after_voting", "after_closing"]
    captcha: bool = Field(description="Whether a vote needs a captcha answer.")
    voted: bool = Field(
        description="Whether the voter of this request (cookie or `X-Voter-Token`) has voted."
    )
    choices: list[ChoiceSchema]
    translations: list[PollTranslation] = Field(
        description="The same poll in the other languages: one poll, one tally."
    )
    url: str = Field(description="The poll's page on the site.")
    vote_url: str
    results_url: str


class PollList(Schema):
    items: list[PollSchema]
    count: int


class ResultRow(Schema):
    id: int
    text: str
    votes: int
    percent: float = Field(description="Share of the voters, rounded to one decimal.")


class ResultsSchema(Schema):
    poll: int
    locale: str
    question: str
    votes: int = Field(description="Voters (ballots), in every language together.")
    choices: list[ResultRow]
    first_vote_at: datetime | None
    last_vote_at: datetime | None
    method: str = Field(description="How and when the votes were collected.")
    note: str = Field(description="What an online poll can and cannot tell.")


class Voted(Schema):
    detail: str
    voter_token: str = Field(
        description="Send it back in the `X-Voter-Token` header (the site uses a cookie)."
    )
    results_url: str


def _status(poll: Poll, now: datetime) -> str:
    if not poll.has_opened(now):
        return "upcoming"
    return "closed" if poll.has_closed(now) else "open"


def _representations(
    request: HttpRequest, polls: list[Poll], token: str | None
) -> list[dict[str, Any]]:
    """Polls with their answers, translations and the voter's state, in four queries."""
    now = timezone.now()
    keys = [poll.translation_key for poll in polls]
    others: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for other in Poll.objects.filter(translation_key__in=keys).select_related("locale"):
        others[other.translation_key].append({"id": other.pk, "locale": other.locale.language_code})
    voted = (
        set(
            Vote.objects.filter(poll_key__in=keys, voter=voting.voter_id(token)).values_list(
                "poll_key", flat=True
            )
        )
        if token
        else set()
    )
    items = []
    for poll in polls:
        with translation.override(poll.locale.language_code):
            url = absolute(reverse("polls:poll", args=[poll.pk]))
        items.append(
            {
                "id": poll.pk,
                "locale": poll.locale.language_code,
                "question": poll.question,
                "description": poll.description,
                "status": _status(poll, now),
                "opens_at": poll.opens_at,
                "closes_at": poll.closes_at,
                "multiple": poll.multiple,
                "results_shown": poll.results_shown,
                "captcha": poll.captcha,
                "voted": poll.translation_key in voted,
                "choices": [
                    {"id": choice.pk, "text": choice.text} for choice in voting.choices_of(poll)
                ],
                "translations": [
                    other for other in others[poll.translation_key] if other["id"] != poll.pk
                ],
                "url": url,
                "vote_url": absolute(reverse("wagtailapi_v3:polls_api_vote", args=[poll.pk])),
                "results_url": absolute(reverse("wagtailapi_v3:polls_api_results", args=[poll.pk])),
            }
        )
    return items


def listed(locale: Locale, now: datetime | None = None) -> Any:
    """Open polls and those closed in the last ``POLLS_RECENT_DAYS``, newest first."""
    now = now or timezone.now()
    recent = now - timedelta(days=settings.POLLS_RECENT_DAYS)
    return (
        Poll.objects.for_readers_in(locale)
        .filter(opens_at__lte=now)
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=recent))
        .select_related("locale")
        .prefetch_related("choices")
        .order_by("-opens_at", "pk")
    )


@router.get(
    "/",
    response={200: PollList, 400: ProblemDetail},
    summary="Open and recent polls",
    description=(
        "The polls open now and those closed in the last days (`POLLS_RECENT_DAYS`, 90 by "
        "default), in the language of `locale` (the source language by default), newest first. "
        "Upcoming polls are not listed. A poll whose translation into `locale` is not done "
        "yet is listed in the site's default language (its `locale` says so)."
    ),
    operation_id="polls_list",
)
def poll_list(
    request: HttpRequest,
    locale: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Any:
    code = locale or settings.LANGUAGE_CODE
    # An unknown ``locale`` never gets here: every API read's is checked (``cms.middleware``).
    chosen = Locale.objects.filter(language_code=code).first() or Locale.get_default()
    queryset = listed(chosen)
    polls = list(queryset[offset : offset + limit])
    return {
        "items": _representations(request, polls, voting.read_token(request)),
        "count": queryset.count(),
    }


def _poll(poll_id: int) -> Poll | None:
    return voting.poll_by_id(poll_id)


def _not_found() -> HttpResponse:
    response: HttpResponse = problem_response(status=404, detail=_("No such poll."))
    return response


@router.get(
    "/{poll_id}/",
    response={200: PollSchema, 400: ProblemDetail, 404: ProblemDetail},
    summary="A poll, with its answers",
    description="Upcoming polls can be read too (`status` says so); they take no votes yet.",
    operation_id="polls_detail",
    url_name="polls_api_detail",
)
def poll_detail(request: HttpRequest, poll_id: int) -> Any:
    poll = _poll(poll_id)
    if poll is None:
        return _not_found()
    return _representations(request, [poll], voting.read_token(request))[0]


def _choice_schema() -> dict[str, Any]:
    return {
        "choice": {
            "description": str(
                _(
                    "The id of one of the poll's answers (`choices[].id` of the same poll); "
                    "a list of ids when the poll allows several answers."
                )
            ),
            "oneOf": [
                {"type": "integer"},
                {"type": "array", "items": {"type": "integer"}, "minItems": 1},
            ],
        },
        "website": honeypot_schema(),
    }


@router.post(
    "/{poll_id}/vote/",
    response={
        201: Voted,
        400: ProblemDetail,
        404: ProblemDetail,
        409: ProblemDetail,
        413: ProblemDetail,
        415: ProblemDetail,
        422: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Vote in a poll",
    description=(
        "JSON or form body. No account: the voter is the `voter` cookie or the "
        "`X-Voter-Token` header; without either, a new voter token is issued (returned in "
        "the answer and set as the cookie). One vote per voter and poll, in whichever language "
        "it is cast: a second answers 409. 400 when the poll is not open (not yet, or no "
        "longer) or the answer is not one of the poll's; 429 beyond the votes allowed per "
        "client address (`POLLS_VOTES_PER_ADDRESS`, 10 per hour by default). A poll with "
        "`captcha: true` needs `captcha_key` and `captcha_answer` (`GET /api/v3/captcha/`)."
    ),
    operation_id="polls_vote",
    url_name="polls_api_vote",
    openapi_extra=request_body(
        lambda: voting.VoteForm(poll=None),
        content_types=("application/json", "application/x-www-form-urlencoded"),
        extra=_choice_schema,
    ),
)
def vote(request: HttpRequest, poll_id: int, response: HttpResponse) -> Any:
    response["Cache-Control"] = "no-store"
    poll = _poll(poll_id)
    if poll is None:
        return _not_found()
    token = voting.read_token(request) or voting.new_token()
    outcome = voting.run(request, poll, token, json_or_form)
    if not outcome.accepted:
        form = outcome.form
        if outcome.refusal == CONFLICT or (
            outcome.refusal == INVALID and form is not None and form.already_voted()
        ):
            return problem_response(status=409, detail=voting.already_voted_message())
        return problem(outcome)
    voting.remember(response, token)
    return Status(
        201,
        {
            "detail": _("Thank you: your vote is counted."),
            "voter_token": token,
            "results_url": absolute(reverse("wagtailapi_v3:polls_api_results", args=[poll.pk])),
        },
    )


@router.get(
    "/{poll_id}/results/",
    response={
        200: ResultsSchema,
        400: ProblemDetail,
        403: ProblemDetail,
        404: ProblemDetail,
    },
    summary="A poll's results",
    description=(
        "The votes of the poll in every language together, labelled in this poll's language. "
        "403 with the reason while the poll's rule hides them (`results_shown`: to those who "
        "have voted, or after closing)."
    ),
    operation_id="polls_results",
    url_name="polls_api_results",
)
def results(request: HttpRequest, poll_id: int, response: HttpResponse) -> Any:
    poll = _poll(poll_id)
    if poll is None:
        return _not_found()
    token = voting.read_token(request)
    reason = voting.hidden_reason(poll, voting.has_voted(poll, token))
    if reason is not None:
        return problem_response(status=403, detail=reason)
    if poll.results_shown != "always":
        # What one voter may see differs from the next: no shared cache may keep it.
        response["Cache-Control"] = "private, no-cache"
    with translation.override(poll.locale.language_code):
        tally = voting.tally(poll)
        return {
            "poll": poll.pk,
            "locale": poll.locale.language_code,
            "question": poll.question,
            "votes": tally.total,
            "choices": [
                {
                    "id": row.choice.pk,
                    "text": row.label,
                    "votes": row.count,
                    "percent": round(row.percent, 1),
                }
                for row in tally.rows
            ],
            "first_vote_at": tally.first_vote,
            "last_vote_at": tally.last_vote,
            "method": voting.method_note(tally),
            "note": voting.sample_note(),
        }
