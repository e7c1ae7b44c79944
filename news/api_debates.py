"""``/api/v3/debates/``: public debates and consultations (their facts, the drafts, the comment
period, the count of comments received and, once concluded, the report with every comment's
outcome and response, never who wrote it), and citizens' comments (the same form and gate as
the debate's page)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous

from news import debate_comments
from news.debates import DebateComment, DebateStatus, PublicDebatePage
from services.gate import json_or_form, problem
from services.openapi import honeypot_schema, request_body
from services.problems import ProblemDetail, problem_response

router = Router(tags=["debates"], auth=[AllowAnonymous()])

DEFAULT_LIMIT = 20


class DraftSchema(Schema):
    language: str = Field(description="The draft's language (`sq`, `sr-latn`, `en`).")
    title: str
    url: str


class PublicComment(Schema):
    id: int
    text: str
    section: str = Field(description="The article or section of the draft it is about.")
    language: str
    received: str = Field(description="The day it was received (ISO 8601).")
    outcome: str = Field(
        description="`accepted`, `partly_accepted`, `not_accepted` or `out_of_scope`."
    )
    outcome_label: str = Field(description="The outcome in the language asked for.")
    response: str


class ReportSchema(Schema):
    text: str = Field(description="The report on the comments received (rich text, HTML).")
    document_url: str | None
    comments: list[PublicComment]


class DebateSchema(Schema):
    id: int
    locale: str
    title: str
    html_url: str
    intro: str
    start: str
    end: str
    village: str
    hall: str
    address: str
    organiser: str
    live_stream_url: str
    recording_url: str
    drafts: list[DraftSchema]
    comments_open: str = Field(description="The first day of the comment period (ISO 8601).")
    comments_close: str = Field(description="The last day of the comment period (ISO 8601).")
    status: str = Field(description="`upcoming`, `open`, `closed` or `concluded`.")
    status_label: str
    comments_received: int = Field(description="Comments received, in every language.")
    comment_url: str = Field(description="Where to `POST` a comment while `status` is `open`.")
    report: ReportSchema | None = Field(description="Once concluded, otherwise null.")


class DebateList(Schema):
    items: list[DebateSchema]
    count: int


def _bad_status(value: str) -> HttpResponse:
    response: HttpResponse = problem_response(
        status=400,
        detail=_("Unknown status: %(status)s.") % {"status": value[:20]},
        errors=[
            {
                "loc": ["query", "status"],
                "msg": _("Give one of: upcoming, open, closed, concluded."),
                "type": "unknown_status",
            }
        ],
    )
    return response


def _filtered(queryset: Any, status: str) -> Any:
    today = timezone.localdate()
    if status == DebateStatus.CONCLUDED:
        return queryset.filter(concluded=True)
    queryset = queryset.filter(concluded=False)
    if status == DebateStatus.UPCOMING:
        return queryset.filter(comments_open__gt=today)
    if status == DebateStatus.OPEN:
        return queryset.filter(comments_open__lte=today, comments_close__gte=today)
    return queryset.filter(comments_close__lt=today)


@router.get(
    "/",
    response={200: DebateList, 400: ProblemDetail},
    summary="Public debates and consultations",
    description=(
        "The municipality's public debates and consultations in the language of `locale` "
        "(the source language by default), newest first, filtered by `status` (`upcoming`, "
        "`open`, `closed`, `concluded`): each with the event's facts, the draft under "
        "discussion in each language, the comment period and the count of comments received. "
        "Comments themselves are public only in the report, once the consultation is "
        "concluded, with their outcome and response and never with their authors."
    ),
    operation_id="debates_list",
    url_name="debates",
)
def debates(
    request: HttpRequest,
    locale: str | None = None,
    status: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Any:
    queryset = (
        PublicDebatePage.objects.live()
        .public()
        .filter(locale__language_code=locale or settings.LANGUAGE_CODE)
        .select_related("locale", "draft_sq", "draft_sr", "draft_en", "report_document")
        .order_by("-start", "-pk")
    )
    if status:
        if status not in DebateStatus.values:
            return _bad_status(status)
        queryset = _filtered(queryset, status)
    count = queryset.count()
    page = list(queryset[offset : offset + limit])
    # Every listed debate's comments counted in one query, whatever the page's length.
    tally = dict(
        DebateComment.objects.filter(debate__translation_key__in=[d.translation_key for d in page])
        .values("debate__translation_key")
        .annotate(n=Count("pk"))
        .values_list("debate__translation_key", "n")
    )
    return {"items": [_debate(request, item, tally) for item in page], "count": count}


def _debate(request: HttpRequest, page: PublicDebatePage, tally: dict[Any, int]) -> dict[str, Any]:
    return {
        "id": page.pk,
        "locale": page.locale.language_code,
        "title": page.title,
        "html_url": page.get_full_url(request) or "",
        "intro": page.intro,
        "start": page.start.isoformat(),
        "end": page.end.isoformat(),
        "village": page.village,
        "hall": page.hall,
        "address": page.address,
        "organiser": page.organiser,
        "live_stream_url": page.live_stream_url,
        "recording_url": page.recording_url,
        "drafts": page.drafts,
        "comments_open": page.comments_open.isoformat(),
        "comments_close": page.comments_close.isoformat(),
        "status": page.status,
        "status_label": page.status_label,
        "comments_received": tally.get(page.translation_key, 0),
        "comment_url": page.comment_url,
        "report": page.published_report,
    }


class Commented(Schema):
    detail: str


def _honeypot() -> dict[str, Any]:
    return {"website": honeypot_schema()}


@router.post(
    "/{debate_id}/comments/",
    response={
        201: Commented,
        400: ProblemDetail,
        404: ProblemDetail,
        409: ProblemDetail,
        413: ProblemDetail,
        415: ProblemDetail,
        # ``debate_id`` that is not an integer (django-ninja validates the path).
        422: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Comment on a consultation's draft",
    description=(
        "JSON or form body, with a captcha answer (`GET /api/v3/captcha/` gives a key, an "
        "image and a question). `debate_id` is the id of a `news.PublicDebatePage` in any "
        "language. `anonymous` true stores no name and no e-mail, whatever is sent. Answers "
        "201 when the comment is stored; 409 while the comment period is not open (before it "
        "or after it, or once concluded); 404 for an unknown consultation. Comments are "
        "published only in the report, with their outcome and the municipality's response, "
        "never with a name."
    ),
    operation_id="debates_comment_create",
    url_name="debate_comment",
    openapi_extra=request_body(
        debate_comments.CommentForm,
        content_types=("application/json", "application/x-www-form-urlencoded"),
        extra=_honeypot,
    ),
)
def comment(request: HttpRequest, debate_id: int) -> HttpResponse | Status[Any]:
    # An id no database column can hold is no consultation either (not an overflow error).
    in_range = 0 < debate_id < 2**31
    debate = (
        PublicDebatePage.objects.live().public().filter(pk=debate_id).first() if in_range else None
    )
    if debate is None:
        return problem_response(status=404, detail=_("No such consultation."))
    if not debate.comments_accepted:
        return problem_response(status=409, detail=debate_comments.closed_message())
    outcome = debate_comments.run(request, debate, json_or_form)
    if not outcome.accepted:
        return problem(outcome)
    return Status(201, {"detail": _("Thank you: your comment is received.")})
