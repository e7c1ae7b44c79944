"""The "Bulletin review" workflow: the editor submits, the head of the Information Office
approves, confirming the issue is neutral (strategy, section 7)."""

from typing import Any

from django import forms
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowState

from home.official import held_message, is_held

WORKFLOW_NAME = "Bulletin review"
#: The audit log action of ``publish_issue_without_review``, the logged way past the review.
PUBLISHED_WITHOUT_REVIEW = "bulletin.publish_without_review"

NEUTRALITY_RULE = _(
    "The bulletin informs about the work of the Assembly and the executive and shows realised "
    "projects, presented neutrally and without comment. It is never used for political, "
    "religious, ideological, party or commercial purposes."
)


class NeutralityConfirmationForm(TaskStateCommentForm):
    neutral = forms.BooleanField(
        label=_("I confirm that this issue is neutral and without comment, as the rule requires."),
        help_text=NEUTRALITY_RULE,
        error_messages={"required": _("Confirm the neutrality rule to approve the issue.")},
    )


class NeutralityApprovalTask(AbstractGroupApprovalTask):
    """Group approval whose "approve" asks the approver to confirm the neutrality rule."""

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [("reject", _("Request changes"), True), ("approve", _("Approve"), True)]
        return []

    def get_form_for_action(self, action):
        return NeutralityConfirmationForm if action == "approve" else TaskStateCommentForm

    def on_action(self, task_state, user, action_name, **kwargs):
        neutral = kwargs.pop("neutral", None)
        if action_name == "approve" and neutral is not True:
            # Every approval path validates the confirmation form first (the dashboard's modal,
            # the editor's modal, bulletin.wagtail_hooks for a hand-made editor POST); this is
            # the last guard, so that no path approves an issue without it.
            raise PermissionDenied(
                str(NeutralityConfirmationForm.base_fields["neutral"].error_messages["required"])
            )
        result = super().on_action(task_state, user, action_name, **kwargs)
        if action_name == "approve":
            remember_outcome(user, task_state)
        return result

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, confirming the neutrality rule")

    class Meta:
        verbose_name = _("Neutrality approval task")
        verbose_name_plural = _("Neutrality approval tasks")


def assign_review_workflow(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Every bulletin archive (in the source language; translations inherit) gets the review."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None and not WorkflowPage.objects.filter(page=instance).exists():
        WorkflowPage.objects.create(workflow=workflow, page=instance)


def _outcome_key(user: Any) -> str:
    return f"bulletin:approval-outcome:{user.pk}"


def remember_outcome(user: Any, task_state: Any) -> None:
    """What the approval did with the issue, for the approver's next admin screen: the
    approval has no request of its own to say it on (the dashboard's "Approve")."""
    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    if workflow_state.status != WorkflowState.STATUS_APPROVED:
        return  # a later task of the workflow still has to approve it
    page = Page.objects.get(pk=workflow_state.object_id).specific
    cache.set(_outcome_key(user), (page.pk, task_state.revision_id), 60)


def pop_outcome(user: Any) -> list[tuple[str, str]]:
    """The messages (level, text) saying what the user's last approval of an issue did."""
    key = _outcome_key(user)
    remembered = cache.get(key)
    if remembered is None:
        return []
    cache.delete(key)
    page_id, revision_id = remembered
    page = Page.objects.filter(pk=page_id).first()
    return outcome_messages(page.specific, revision_id) if page is not None else []


def outcome_messages(page: Page, revision_id: int | None) -> list[tuple[str, str]]:
    title = page.get_admin_display_title()
    revision = page.revisions.filter(pk=revision_id).first() if revision_id else None
    if revision is not None and revision.approved_go_live_at:
        when = formats.date_format(
            timezone.localtime(revision.approved_go_live_at), "DATETIME_FORMAT"
        )
        message = gettext("“%(title)s” is approved and goes live on %(date)s.")
        return [("success", message % {"title": title, "date": when})]
    if page.live:
        return [("success", gettext("“%(title)s” is approved and published.") % {"title": title})]
    approved = ("success", gettext("“%(title)s” is approved.") % {"title": title})
    # Official content goes live in both official languages together (home.official).
    return [approved, ("warning", held_message(page))] if is_held(page) else [approved]
