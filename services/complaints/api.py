"""``/api/v3/complaints/``: submit (multipart, captcha, rate limited) and follow by code."""

from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.models import Locale

from services.complaints.forms import ComplaintForm
from services.complaints.models import Category
from services.complaints.submissions import GATE, create_complaint
from services.complaints.tracking import TooManyWrongCodes, find_by_code, tracking_data
from services.gate import problem
from services.openapi import honeypot_schema, request_body
from services.problems import ProblemDetail, problem_response
from services.ratelimit import RateLimited
from services.urls import absolute

router = Router(tags=["complaints"], auth=[AllowAnonymous()])


def _api_only_fields() -> dict:
    """What the API takes beside the form's own fields."""
    return {
        "language": {
            "type": "string",
            "enum": [code for code, _name in settings.LANGUAGES],
            "description": _(
                "The language of the e-mails and the answer (default: Accept-Language)."
            ),
        },
        "website": honeypot_schema(),
    }


class CategorySchema(Schema):
    id: int
    name: str
    locale: str


class Receipt(Schema):
    tracking_code: str
    status: str
    track_url: str


class HistoryEntry(Schema):
    status: str
    status_label: str
    at: datetime


class Tracking(Schema):
    tracking_code: str
    kind: str
    category: str
    status: str
    status_label: str
    received_at: datetime
    answer_due: datetime
    public_answer: str
    rejection_reason: str
    history: list[HistoryEntry]


@router.get(
    "/categories/",
    response=list[CategorySchema],
    summary="Complaint categories",
    operation_id="complaints_categories",
)
def categories(request: HttpRequest, locale: str | None = None) -> list[dict]:
    code = locale or get_language()
    chosen = Locale.objects.filter(language_code=code).first() or Locale.get_default()
    return [
        {"id": category.pk, "name": category.name, "locale": chosen.language_code}
        for category in Category.objects.ready_in(chosen).order_by("sort_order", "name")
    ]


@router.post(
    "/",
    response={
        201: Receipt,
        400: ProblemDetail,
        413: ProblemDetail,
        415: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Send a complaint, suggestion or praise",
    description=(
        "Multipart form. Answers 201 with a tracking code, or 400 with one entry per field in "
        "`errors` (`loc` is `['body', field]`), in the language of `Accept-Language`; 413 when "
        "the body is larger than the attachments allow; 429 after too many attempts."
    ),
    operation_id="complaints_create",
    openapi_extra=request_body(
        lambda: ComplaintForm(language=get_language()), extra=_api_only_fields
    ),
)
def submit(request: HttpRequest):
    outcome = GATE.run(
        request,
        lambda data: ComplaintForm(data, request.FILES, language=_language(data)),
        create_complaint,
    )
    complaint = outcome.result
    if complaint is None:
        return problem(outcome)
    return Status(
        201,
        {
            "tracking_code": complaint.tracking_code,
            "status": complaint.status,
            "track_url": absolute(
                reverse("wagtailapi_v3:complaints_api_track", args=[complaint.tracking_code])
            ),
        },
    )


def _language(data) -> str:
    language = data.get("language") or get_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@router.get(
    "/{code}/",
    response={200: Tracking, 404: ProblemDetail, 429: ProblemDetail},
    summary="Follow a complaint by its tracking code",
    description="The status history and the public answer; never personal data.",
    operation_id="complaints_track",
    url_name="complaints_api_track",
)
def track(request: HttpRequest, code: str, response: HttpResponse):
    response["Cache-Control"] = "no-store"
    try:
        complaint = find_by_code(request, code)
    except TooManyWrongCodes:
        raise RateLimited from None
    if complaint is None:
        return problem_response(status=404, detail=_("No message has this tracking code."))
    return tracking_data(complaint)
