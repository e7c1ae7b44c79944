"""Background work of the complaints box: e-mails never delay or fail a citizen's request."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from services.complaints.models import Complaint
from services.urls import absolute


def _send(to: list[str], template: str, context: dict, language: str) -> None:
    with translation.override(language):
        subject = render_to_string(f"complaints/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"complaints/emails/{template}.txt", context)
    EmailMultiAlternatives(subject=subject, body=body, to=to).send()


@task()
def complaint_received(complaint_id: int) -> None:
    complaint = Complaint.objects.get(pk=complaint_id)
    with translation.override(complaint.language):
        track_url = absolute(reverse("complaints:track")) + f"?code={complaint.tracking_code}"
    if complaint.email:
        _send(
            [complaint.email],
            "acknowledgement",
            {"complaint": complaint, "track_url": track_url},
            complaint.language,
        )


@task()
def notify_department(complaint_id: int) -> None:
    """Tell the officers of the complaint's department (new, or reassigned to them)."""
    complaint = Complaint.objects.select_related("department__group", "category").get(
        pk=complaint_id
    )
    officers = _officer_addresses(complaint)
    if officers:
        desk_url = absolute(reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk]))
        _send(
            officers,
            "new_for_department",
            {"complaint": complaint, "desk_url": desk_url},
            settings.LANGUAGE_CODE,
        )


def _officer_addresses(complaint: Complaint) -> list[str]:
    department = complaint.department
    addresses = set()
    if department.email:
        addresses.add(department.email)
    if department.group is not None:
        addresses.update(
            department.group.user_set.filter(is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    return sorted(addresses)


@task()
def complaint_answered(complaint_id: int) -> None:
    complaint = Complaint.objects.get(pk=complaint_id)
    if not complaint.email:
        return
    with translation.override(complaint.language):
        track_url = absolute(reverse("complaints:track")) + f"?code={complaint.tracking_code}"
    _send(
        [complaint.email],
        "answered",
        {"complaint": complaint, "track_url": track_url},
        complaint.language,
    )
