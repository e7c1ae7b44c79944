"""The Bulletin review in the editor: approval only with the neutrality confirmation, a message
saying what the approval did, and the logged override (``publish_issue_without_review``)."""

import json
from typing import Any

from django.contrib import messages
from django.contrib.messages import constants
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogActionRegistry, LogFormatter
from wagtail.models import Page

from bulletin.models import BulletinIssuePage
from bulletin.workflow import PUBLISHED_WITHOUT_REVIEW, NeutralityApprovalTask, pop_outcome

LEVELS = {"success": messages.success, "warning": messages.warning}


@hooks.register("register_log_actions")
def register_override_log_action(actions: LogActionRegistry) -> None:
    @actions.register_action(PUBLISHED_WITHOUT_REVIEW)
    class PublishedWithoutReview(LogFormatter):
        label = _("Publish without the Bulletin review")

        def format_message(self, log_entry: Any) -> str:
            return gettext("Published without the Bulletin review. Reason: %(reason)s") % {
                "reason": (log_entry.data or {}).get("reason", "")
            }


def _approves_in_editor(request: HttpRequest) -> bool:
    return (
        request.method == "POST"
        and bool(request.POST.get("action-workflow-action"))
        and request.POST.get("workflow-action-name") == "approve"
    )


@hooks.register("before_edit_page")
def approve_only_with_the_confirmation(request: HttpRequest, page: Page) -> HttpResponse | None:
    """The editor's "Approve" sends the confirmation collected by its modal along with the page
    (``workflow-action-extra-data``), and Wagtail passes it on unchecked: check it here like the
    modal does, so that a POST without it is refused with the reason instead of approved."""
    if not _approves_in_editor(request):
        return None
    task = page.current_workflow_task
    if not isinstance(task, NeutralityApprovalTask):
        return None
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        data = None
    form = task.get_form_for_action("approve")(data if isinstance(data, dict) else {})
    if form.is_valid() and form.cleaned_data.get("neutral") is True:
        return None
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("after_edit_page")
def say_what_the_approval_did(request: HttpRequest, page: Page) -> None:
    """Instead of Wagtail's "Page … has been updated" after "Approve" in the editor."""
    if not _approves_in_editor(request):
        return
    outcome = pop_outcome(request.user)
    if not outcome:
        return
    storage = messages.get_messages(request)
    # Wagtail has just queued its generic confirmation; it would contradict ours.
    queued = getattr(storage, "_queued_messages", [])
    for message in reversed(queued):
        if message.level == constants.SUCCESS:
            queued.remove(message)
            break
    for level, text in outcome:
        LEVELS[level](request, text)


@hooks.register("before_edit_page")
def say_what_the_dashboard_approval_did(request: HttpRequest, page: Page) -> None:
    if request.method == "GET":
        for level, text in pop_outcome(request.user):
            LEVELS[level](request, text)


@hooks.register("construct_homepage_panels")
def say_on_the_dashboard_what_the_approval_did(request: HttpRequest, panels: list[Any]) -> None:
    # "Approve" under "Awaiting your review" comes back to the dashboard.
    for level, text in pop_outcome(request.user):
        LEVELS[level](request, text)


@hooks.register("before_copy_page")
def no_second_issue_for_a_month(request: HttpRequest, page: Page) -> HttpResponse | None:
    """A copy keeps its issue's month, so its address (``yyyy-mm``) too: into an archive that
    has that month already, it is refused with the reason (not left to fail on the address)."""
    issue = page.specific
    if request.method != "POST" or not isinstance(issue, BulletinIssuePage):
        return None
    target = Page.objects.filter(pk=request.POST.get("new_parent_page") or 0).first()
    parent = target if target is not None else page.get_parent()
    if (
        not BulletinIssuePage.objects.child_of(parent)
        .filter(year=issue.year, month=issue.month)
        .exists()
    ):
        return None
    messages.error(
        request,
        gettext(
            "There is already an issue for %(month)s %(year)s there: add the new issue to the "
            "archive instead, where its month is chosen."
        )
        % {"month": issue.month_name, "year": issue.year},
    )
    return redirect("wagtailadmin_pages:copy", page.pk)
