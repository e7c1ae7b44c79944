"""Background work of the complaints box: e-mails never delay or fail a citizen's request."""

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_supported_language_variant
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
    """Tell the officers of the complaint's department (new, or reassigned to them), each in
    the language they chose for the admin; the department's shared address in the site's
    source language."""
    complaint = Complaint.objects.select_related("department__group", "category").get(
        pk=complaint_id
    )
    by_language = _officer_addresses(complaint)
    if not by_language:
        return
    desk_url = absolute(reverse("complaints_complaint_modeladmin_inspect", args=[complaint.pk]))
    for language, addresses in sorted(by_language.items()):
        with translation.override(language):
            # The category and the department as named in the officer's language.
            context = {
                "complaint": complaint,
                "category": complaint.category.localized,
                "department": complaint.department.localized,
                "desk_url": desk_url,
            }
        _send(sorted(addresses), "new_for_department", context, language)


def officer_language(user: Any) -> str:
    """The site language closest to the one ``user`` chose in their Wagtail profile, or the
    site's source language when they chose none (or one the site does not offer)."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.preferred_language if profile is not None else ""
    if preferred:
        try:
            return get_supported_language_variant(preferred)
        except LookupError:
            pass
    return settings.LANGUAGE_CODE


def _officer_addresses(complaint: Complaint) -> dict[str, set[str]]:
    """Addresses to tell, by the language each one reads."""
    department = complaint.department
    addresses: dict[str, set[str]] = defaultdict(set)
    if department.email:
        addresses[settings.LANGUAGE_CODE].add(department.email)
    if department.group is not None:
        officers = (
            department.group.user_set.filter(is_active=True)
            .exclude(email="")
            .select_related("wagtail_userprofile")
        )
        for officer in officers:
            addresses[officer_language(officer)].add(officer.email)
    # An officer who is also the department's address gets one e-mail, in their language.
    shared = {
        email
        for language, emails in addresses.items()
        if language != settings.LANGUAGE_CODE
        for email in emails
    }
    addresses[settings.LANGUAGE_CODE] -= shared
    return {language: emails for language, emails in addresses.items() if emails}


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
