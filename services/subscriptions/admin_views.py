""" "Send by e-mail" in the admin, for every page type a section registered with a mail topic.

The Information Office sees, per language, the subscribers and whether the page is published
there (it is not sent in a language it is not live in), sends a test to itself, confirms a
screen that names the count per language, then follows the progress on the same page.
"""

import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Page

from services.capabilities import LanguageRow
from services.formats import language_name
from services.registry import MailTopic, registry
from services.subscriptions.mailing import MAILER

MAIL_SERVER_DOWN = gettext_lazy(
    "The mail server could not be reached. Nothing more was sent; try again later."
)
NOT_SENT = gettext_lazy(
    "Not sent (%(language)s): the page is not translated or published in this language yet."
)


def mail_topic(page: Page) -> MailTopic | None:
    return registry.topic_for_page(page.specific_deferred)


def send_page(request: HttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(Page, pk=page_id).specific
    topic = mail_topic(page)
    if topic is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    languages = MAILER.languages(page, topic.key, request.user)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "test":
        send_test(request, page)
        return redirect("subscriptions_send_page", page_id=page.pk)
    if action == "send":
        send(request, page, topic, languages)
        return redirect("subscriptions_send_page", page_id=page.pk)
    context = {
        "page": page,
        "topic": topic,
        "languages": languages,
        # "Send to subscribers" first shows what will happen; the second press sends.
        "confirming": action == "review",
        "recipients": sum(row.to_send for row in languages),
        "subscribers": sum(row.subscribers for row in languages),
    }
    return TemplateResponse(request, "subscriptions/admin/send.html", context)


def send_test(request: HttpRequest, page: Page) -> None:
    email = getattr(request.user, "email", "")
    if not email:
        messages.error(request, _("Your account has no e-mail address for the test."))
        return
    try:
        MAILER.send_test(page, email)
    except (smtplib.SMTPException, OSError):
        messages.error(request, str(MAIL_SERVER_DOWN))
        return
    messages.success(request, _("A test was sent to %(email)s.") % {"email": email})


def send(request: HttpRequest, page: Page, topic: MailTopic, languages: list[LanguageRow]) -> None:
    if not any(row.to_send for row in languages):
        if not any(row.subscribers for row in languages):
            messages.info(request, _("Nothing to send: this topic has no subscribers yet."))
        else:
            messages.info(request, _("Nothing to send: every subscriber has received this page."))
        return
    try:
        mailing_ids, skipped = MAILER.send(page, topic.key, user=request.user)
    except (smtplib.SMTPException, OSError):
        # Only where sending runs in the request (no task worker); what went out is recorded
        # and the next "Send" carries on from there.
        messages.error(request, str(MAIL_SERVER_DOWN))
        return
    for code in skipped:
        messages.warning(request, NOT_SENT % {"language": language_name(code)})
    # Counted as the confirmation named them: a language with no one left to send to is
    # not a language sending started in.
    reaching = sum(1 for row in languages if row.may_send and row.to_send)
    messages.success(
        request,
        ngettext(
            "Sending started in %(count)s language.",
            "Sending started in %(count)s languages.",
            reaching,
        )
        % {"count": reaching},
    )
