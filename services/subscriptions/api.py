"""``/api/v3/subscriptions/``: ask for e-mails on a topic (double opt-in), list the topics."""

import json

from django.conf import settings
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail, problem_response

from cms.api_errors import RateLimited
from services.ratelimit import limit_reached
from services.subscriptions.forms import SubscribeForm
from services.subscriptions.models import Topic
from services.subscriptions.views import request_subscription

router = Router(tags=["subscriptions"], auth=[AllowAnonymous()])


class TopicSchema(Schema):
    topic: str
    label: str


class Accepted(Schema):
    detail: str


@router.get(
    "/topics/",
    response=list[TopicSchema],
    summary="Topics one can subscribe to",
    operation_id="subscriptions_topics",
)
def topics(request: HttpRequest) -> list[dict]:
    return [{"topic": value, "label": str(label)} for value, label in Topic.choices]


@router.post(
    "/",
    response={202: Accepted, 400: ProblemDetail, 429: ProblemDetail},
    summary="Subscribe (double opt-in)",
    description=(
        "JSON or form body: `email`, `topics` (list, see /topics/), `language`, `captcha_key`, "
        "`captcha_answer`, `website` (leave empty). Answers 202 whether or not the address is "
        "already subscribed (nothing about other people's addresses is revealed); the owner of "
        "the address gets a confirmation link valid for 7 days, and nothing is stored before "
        "they click it."
    ),
    operation_id="subscriptions_create",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": [
                            "email",
                            "topics",
                            "language",
                            "captcha_key",
                            "captcha_answer",
                        ],
                        "properties": {
                            "email": {"type": "string", "format": "email"},
                            "topics": {
                                "type": "array",
                                "items": {"type": "string", "enum": list(Topic.values)},
                            },
                            "language": {
                                "type": "string",
                                "enum": [code for code, _n in settings.LANGUAGES],
                            },
                            "captcha_key": {"type": "string"},
                            "captcha_answer": {"type": "string"},
                            "website": {"type": "string"},
                        },
                    }
                }
            }
        }
    },
)
def subscribe(request: HttpRequest):
    if limit_reached(request, "subscriptions", settings.SUBSCRIPTIONS_RATE):
        raise RateLimited
    data = _body(request)
    if data is None:
        return problem_response(status=400, detail=_("The request could not be read."))
    if data.get("website"):
        return problem_response(status=400, detail=_("Your message could not be accepted."))
    form = SubscribeForm(data)
    if not form.is_valid():
        return problem_response(
            status=400,
            detail=_("Please correct the errors below."),
            errors=[
                {"loc": ["body", field], "msg": str(message), "type": "invalid"}
                for field, messages in form.errors.items()
                for message in messages
            ],
        )
    request_subscription(form)
    return Status(
        202, {"detail": _("Check your inbox: we sent a link to confirm the subscription.")}
    )


def _body(request: HttpRequest) -> QueryDict | None:
    if request.content_type != "application/json":
        return request.POST
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(payload, dict):
        return None
    data = QueryDict(mutable=True)
    for key, value in payload.items():
        if isinstance(value, list):
            data.setlist(key, [str(item) for item in value])
        elif value is not None:
            data[key] = str(value)
    return data
