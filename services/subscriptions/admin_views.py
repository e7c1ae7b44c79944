""" "Send by e-mail" in the admin, for every page type a section registered with a mail topic.

The Information Office sees, per language, the subscribers and whether the page is published
there (it is not sent in a language it is not live in), sends a test to itself, confirms a
screen that names the count per language, then follows the progress on the same page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from services.registry import MailTopic, registry
from services.subscriptions.mailing import SubscriptionMailer

mailer = SubscriptionMailer()
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
    languages = mailer.languages(page, topic.key)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "test":
        email = getattr(request.user, "email", "")
        if not email:
            messages.error(request, _("Your account has no e-mail address for the test."))
        else:
            mailer.send_test(page, email)
            messages.success(request, _("A test was sent to %(email)s.") % {"email": email})
        return redirect("subscriptions_send_page", page_id=page.pk)
    if action == "send":
        mailing_ids, skipped = mailer.send(page, topic.key, user=request.user)
        names = {row.code: row.name for row in languages}
        for code in skipped:
            messages.warning(
                request,
                NOT_SENT % {"language": names.get(code, code)},
            )
        messages.success(
            request, _("Sending started in %(count)s languages.") % {"count": len(mailing_ids)}
        )
        return redirect("subscriptions_send_page", page_id=page.pk)
    context = {
        "page": page,
        "topic": topic,
        "languages": languages,
        # "Send to subscribers" first shows what will happen; the second press sends.
        "confirming": action == "review",
        "recipients": sum(row.subscribers for row in languages if row.page),
    }
    return TemplateResponse(request, "subscriptions/admin/send.html", context)
