"""What an officer can do to a complaint from its page in the desk."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from services.complaints.models import Complaint, Department

STATUS_CHOICES = [
    (Complaint.Status.IN_PROGRESS, _("In progress")),
    (Complaint.Status.ANSWERED, _("Answered")),
    (Complaint.Status.CLOSED, _("Closed")),
    (Complaint.Status.REJECTED, _("Rejected")),
]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=STATUS_CHOICES)
    rejection_reason = forms.ChoiceField(
        label=_("Reason for rejecting"),
        choices=[("", "—"), *Complaint.RejectionReason.choices],
        required=False,
    )

    def __init__(self, *args, complaint: Complaint, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.complaint = complaint

    def clean(self) -> dict:
        super().clean()
        data = self.cleaned_data
        status = data.get("status")
        if status == Complaint.Status.REJECTED and not data.get("rejection_reason"):
            self.add_error("rejection_reason", _("Say why the complaint is rejected."))
        if status == Complaint.Status.ANSWERED and not self.complaint.public_answer:
            self.add_error("status", _("Write the public answer first."))
        if status == self.complaint.status:
            self.add_error("status", _("The complaint already has this status."))
        return data


class AnswerForm(forms.Form):
    public_answer = forms.CharField(
        label=_("Public answer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_("The citizen sees it with the tracking code. No personal data here."),
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class ReassignForm(forms.Form):
    department = forms.ModelChoiceField(label=_("Department"), queryset=Department.objects.none())

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        departments = Department.objects.filter(locale=Locale.get_default())
        self.fields["department"].queryset = departments  # type: ignore[attr-defined]
