"""``/api/v3/complaints/``: submit (multipart, captcha, rate limited) and follow by code."""

from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail, problem_response
from wagtail.models import Locale

from cms.api_errors import RateLimited
from home.images import absolute
from services.complaints.forms import ComplaintForm
from services.complaints.models import Category, Complaint
from services.complaints.submissions import create_complaint
from services.complaints.tracking import TooManyWrongCodes, find_by_code, tracking_data
from services.ratelimit import limit_exhausted, limit_reached

router = Router(tags=["complaints"], auth=[AllowAnonymous()])

FIELDS = {
    "kind": {"type": "string", "enum": list(Complaint.Kind.values)},
    "category": {"type": "integer", "description": "id from GET /api/v3/complaints/categories/"},
    "subject": {"type": "string", "maxLength": 200},
    "text": {"type": "string", "maxLength": 5000},
    "place": {"type": "string", "maxLength": 200},
    "latitude": {"type": "number", "minimum": -90, "maximum": 90},
    "longitude": {"type": "number", "minimum": -180, "maximum": 180},
    "anonymous": {"type": "boolean", "description": "true: no name, e-mail or phone is stored"},
    "name": {"type": "string", "maxLength": 200},
    "email": {"type": "string", "format": "email"},
    "phone": {"type": "string", "maxLength": 40},
    "consent": {"type": "boolean", "description": "must be true"},
    "language": {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]},
    "captcha_key": {"type": "string", "description": "from GET /api/v3/captcha/"},
    "captcha_answer": {"type": "string"},
    "website": {"type": "string", "description": "leave empty (a trap for robots)"},
    "attachments": {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "maxItems": 3,
        "description": "JPEG, PNG or PDF, at most 5 MB each",
    },
}
REQUIRED = ["kind", "category", "subject", "text", "consent", "captcha_key", "captcha_answer"]


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
        for category in Category.objects.filter(locale=chosen).order_by("sort_order", "name")
    ]


@router.post(
    "/",
    response={201: Receipt, 400: ProblemDetail, 429: ProblemDetail},
    summary="Send a complaint, suggestion or praise",
    description=(
        "Multipart form. Answers 201 with a tracking code, or 400 with one entry per field in "
        "`errors` (`loc` is `['body', field]`), in the language of `Accept-Language`."
    ),
    operation_id="complaints_create",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {"type": "object", "properties": FIELDS, "required": REQUIRED}
                }
            },
        }
    },
)
def submit(request: HttpRequest):
    if limit_reached(request, "complaints-attempt", settings.COMPLAINTS_ATTEMPT_RATE):
        raise RateLimited
    if request.POST.get("website"):
        # Only robots fill the invisible field; tell them nothing useful.
        return problem_response(status=400, detail=_("Your message could not be accepted."))
    if limit_exhausted(request, "complaints", settings.COMPLAINTS_RATE):
        raise RateLimited
    language = request.POST.get("language") or get_language()
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    form = ComplaintForm(
        request.POST, language=language, files_list=request.FILES.getlist("attachments")
    )
    if "attachments" in request.POST:
        form.add_error(None, _("Send attachments as files (multipart/form-data)."))
    if not form.is_valid():
        return problem_response(
            status=400,
            detail=_("Please correct the errors below."),
            errors=[
                {"loc": ["body", field], "msg": message, "type": "invalid"}
                for field, messages in form.errors_by_field().items()
                for message in messages
            ],
        )
    complaint = create_complaint(form)
    limit_reached(request, "complaints", settings.COMPLAINTS_RATE)
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
