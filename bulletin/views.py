"""The admin page to send an issue by e-mail, with what will and will not be sent."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from bulletin import sending
from bulletin.models import BulletinIssuePage


def send_issue(request, page_id: int):
    if not sending.can_send():
        raise Http404
    issue = get_object_or_404(BulletinIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        mailings, skipped = sending.send(issue, request.user)
        for code in skipped:
            messages.warning(
                request,
                _("Not sent in %(language)s: the issue is not translated or published in it yet.")
                % {"language": code},
            )
        messages.success(
            request, _("Sending started in %(count)s languages.") % {"count": len(mailings)}
        )
        return redirect("bulletin_send", page_id=issue.pk)
    return TemplateResponse(
        request, "bulletin/admin/send.html", {"issue": issue, "languages": sending.languages(issue)}
    )
