"""The subscription e-mails, each in the subscriber's language."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from services.subscriptions import tokens
from services.subscriptions.models import topic_label
from services.urls import absolute


def link(name: str, token: str, language: str) -> str:
    with translation.override(language):
        return absolute(reverse(f"subscriptions:{name}", args=[token]))


def unsubscribe_headers(subscriber, url: str | None = None) -> dict[str, str]:
    """RFC 2369 / 8058 headers for one-click unsubscribe from any mail client (``url``: the
    link the message itself carries, so that header and text are one and the same)."""
    url = url or link("unsubscribe", tokens.manage_token(subscriber), subscriber.language)
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


@task()
def send_confirmation(email: str, language: str, topics: list[str]) -> None:
    token = tokens.confirmation_token(email, language, topics)
    context = {
        "confirm_url": link("confirm", token, language),
        "topics": [topic_label(topic) for topic in topics],
    }
    with translation.override(language):
        subject = render_to_string("subscriptions/emails/confirm_subject.txt", context).strip()
        body = render_to_string("subscriptions/emails/confirm.txt", context)
    EmailMultiAlternatives(subject=subject, body=body, to=[email]).send()
