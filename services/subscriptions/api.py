"""``/api/v3/subscriptions/``: ask for e-mails on a topic (double opt-in), list the topics."""

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail

from services.gate import json_or_form, problem
from services.openapi import honeypot_schema, request_body
from services.registry import registry
from services.subscriptions.forms import SubscribeForm
from services.subscriptions.views import GATE, request_subscription

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
    description="Every topic the installed sections offer, named in the language asked for.",
    operation_id="subscriptions_topics",
)
def topics(request: HttpRequest) -> list[dict]:
    return [{"topic": topic.key, "label": str(topic.label)} for topic in registry.topics()]


def _honeypot() -> dict:
    return {"website": honeypot_schema()}


@router.post(
    "/",
    response={
        202: Accepted,
        400: ProblemDetail,
        413: ProblemDetail,
        415: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Subscribe (double opt-in)",
    description=(
        "JSON or form body. Answers 202 whether or not the address is already subscribed "
        "(nothing about other people's addresses is revealed); the owner of the address gets "
        "a confirmation link valid for 7 days, and nothing is stored before they click it."
    ),
    operation_id="subscriptions_create",
    openapi_extra=request_body(
        SubscribeForm,
        content_types=("application/json", "application/x-www-form-urlencoded"),
        extra=_honeypot,
    ),
)
def subscribe(request: HttpRequest) -> HttpResponse | Status:
    outcome = GATE.run(request, SubscribeForm, request_subscription, read=json_or_form)
    if not outcome.accepted:
        return problem(outcome)
    return Status(
        202, {"detail": _("Check your inbox: we sent a link to confirm the subscription.")}
    )
