"""The citizen's side: subscribe, confirm, unsubscribe in one click, see and delete my data."""

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from services.captcha import refresh_captcha
from services.gate import RATE_LIMITED, Gate
from services.registry import registry
from services.subscriptions import mail, tokens
from services.subscriptions.forms import SubscribeForm
from services.subscriptions.models import Subscriber, Subscription, topic_label

#: Every subscription request that passes the honeypot counts, accepted or not: each one
#: mails an address that may be a stranger's.
GATE = Gate(
    scope="subscriptions",
    attempt_rate="SUBSCRIPTIONS_RATE",
    media_types=("application/json", "application/x-www-form-urlencoded", "multipart/form-data"),
)


def request_subscription(form: SubscribeForm) -> None:
    data = form.cleaned_data
    email = data["email"].strip().lower()
    transaction.on_commit(
        lambda: mail.send_confirmation.enqueue(email, data["language"], list(data["topics"]))
    )


def form_context(request: HttpRequest | None, form: SubscribeForm | None = None) -> dict:
    # The topic a section's "Subscribe" link names (?topic=...) is ticked; otherwise the first
    # registered topic (the bulletin, in this product). Unknown keys are ignored.
    asked = request.GET.getlist("topic") if request is not None else []
    chosen = [key for key in asked if registry.topic(key) is not None]
    first = chosen or [topic.key for topic in registry.topics()[:1]]
    form = form or SubscribeForm(initial={"language": get_language(), "topics": first})
    return {"subscribe_form": form, "captcha": refresh_captcha(form)}


@never_cache
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return TemplateResponse(request, "subscriptions/subscribe.html", form_context(request))
    outcome = GATE.run(request, SubscribeForm, request_subscription)
    if outcome.accepted:
        context = {"sent": True, **form_context(request)}
        return TemplateResponse(request, "subscriptions/subscribe.html", context)
    form: SubscribeForm | None = outcome.form
    if form is None and outcome.data is not None:
        # Refused before validation: show what was typed again, unvalidated.
        form = SubscribeForm(initial=_typed(outcome.data))
    context = {
        "refusal": outcome.refusal,
        "rate_limited": outcome.refusal == RATE_LIMITED,
        **form_context(request, form),
    }
    return TemplateResponse(request, "subscriptions/subscribe.html", context, status=outcome.status)


def _typed(data) -> dict:
    return {
        "email": data.get("email", ""),
        "topics": data.getlist("topics"),
        "language": data.get("language") or get_language(),
    }


def render_widget(request: HttpRequest | None, value: Mapping[str, Any]) -> str:
    """The subscription form inside any page (the generic "Public service" block)."""
    context = {"widget_title": value.get("title"), **form_context(request)}
    return render_to_string("subscriptions/widget.html", context, request=request)


@never_cache
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button; only the POST it sends subscribes. Mail scanners that open links
    must not confirm addresses nobody opted into."""
    try:
        data = tokens.read_confirmation(token)
    except tokens.LinkExpired:
        return TemplateResponse(
            request, "subscriptions/message.html", {"expired": True}, status=410
        )
    except tokens.LinkInvalid:
        return TemplateResponse(
            request, "subscriptions/message.html", {"invalid": True}, status=400
        )
    if request.method != "POST":
        topics = [topic_label(topic) for topic in data["t"] if registry.topic(topic)]
        context = {"email": data["e"], "topics": topics}
        return TemplateResponse(request, "subscriptions/confirm.html", context)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=data["e"], defaults={"language": data["l"]}
        )
        if not created:
            subscriber.language = data["l"]
            subscriber.save(update_fields=["language"])
        for topic in data["t"]:
            if registry.topic(topic):
                Subscription.objects.get_or_create(subscriber=subscriber, topic=topic)
    context = {
        "confirmed": True,
        "subscriber": subscriber,
        "manage_token": tokens.manage_token(subscriber),
    }
    return TemplateResponse(request, "subscriptions/message.html", context)


def _subscriber(token: str, allow_expired: bool = False) -> Subscriber | None:
    """Raises ``tokens.LinkExpired`` for a link over a year old (unless allowed)."""
    try:
        data = tokens.read_manage(token, allow_expired=allow_expired)
    except tokens.LinkInvalid:
        return None
    return Subscriber.objects.filter(pk=data["i"], email=data["e"]).first()


@csrf_exempt  # RFC 8058 one-click unsubscribe: mail clients POST without a session.
@never_cache
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    # However old the e-mail, its unsubscribe link works.
    subscriber = _subscriber(token, allow_expired=True)
    if subscriber is None:
        # Already gone, or a bad link: either way nothing is sent any more to it.
        return TemplateResponse(request, "subscriptions/message.html", {"gone": True}, status=404)
    if request.method == "POST":
        subscriber.delete()
        return TemplateResponse(request, "subscriptions/message.html", {"unsubscribed": True})
    return TemplateResponse(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber})


@never_cache
def my_data(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = _subscriber(token)
    except tokens.LinkExpired:
        return TemplateResponse(
            request, "subscriptions/message.html", {"manage_expired": True}, status=410
        )
    if subscriber is None:
        return TemplateResponse(request, "subscriptions/message.html", {"gone": True}, status=404)
    if request.method == "POST" and request.POST.get("delete"):
        subscriber.delete()
        return TemplateResponse(request, "subscriptions/message.html", {"deleted": True})
    context = {
        "subscriber": subscriber,
        "subscriptions": subscriber.subscriptions.all(),
        "now": timezone.now(),
    }
    return TemplateResponse(request, "subscriptions/my_data.html", context)
