"""The "Bulletin review" workflow: the editor submits, the head of the Information Office
approves, confirming the issue is neutral (strategy, section 7)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Workflow, WorkflowPage

WORKFLOW_NAME = "Bulletin review"

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
        kwargs.pop("neutral", None)
        return super().on_action(task_state, user, action_name, **kwargs)

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
