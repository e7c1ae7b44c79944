"""A citizen's submission: the one gate both front doors use (the page and the API), and
storing what it lets through, all of it or nothing, with the e-mails in the background."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from services.complaints import tasks, uploads
from services.complaints.forms import MAX_ATTACHMENTS, ComplaintForm
from services.complaints.models import Attachment, Category, Complaint, StatusChange
from services.gate import Gate


def _max_body() -> int:
    # Twice what the attachments allow: a citizen whose photos are a little too large still
    # gets the form back with what they typed and an error per file; only a body far beyond
    # any real submission is refused unread (413).
    return 2 * MAX_ATTACHMENTS * uploads.max_size() + 1024 * 1024


GATE = Gate(
    scope="complaints",
    attempt_rate="COMPLAINTS_ATTEMPT_RATE",
    accepted_rate="COMPLAINTS_RATE",
    max_body=_max_body,
    media_types=("multipart/form-data", "application/x-www-form-urlencoded"),
)


def source_category(category: Category) -> Category:
    """Complaints point at the source-language category, whatever language was used."""
    if category.locale.language_code == settings.LANGUAGE_CODE:
        return category
    return (
        Category.objects.filter(
            translation_key=category.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .select_related("default_department")
        .first()
        or category
    )


def create_complaint(form: ComplaintForm) -> Complaint:
    data = form.cleaned_data
    category = source_category(data["category"])
    with transaction.atomic():
        complaint = Complaint(
            kind=data["kind"],
            subject=data["subject"].strip(),
            text=data["text"].strip(),
            category=category,
            department=category.default_department,
            place=data.get("place", "").strip(),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            language=form.language,
            anonymous=bool(data.get("anonymous")),
            name=data.get("name", "").strip(),
            email=data.get("email", "").strip(),
            phone=data.get("phone", "").strip(),
        )
        complaint.save()
        StatusChange.objects.create(
            complaint=complaint, status=complaint.status, at=complaint.created_at
        )
        for clean in form.clean_files:
            attachment = Attachment(
                complaint=complaint, content_type=clean.content_type, size=len(clean.content)
            )
            attachment.file.save(clean.name, ContentFile(clean.content), save=False)
            attachment.save()
        transaction.on_commit(lambda: tasks.complaint_received.enqueue(complaint.pk))
        transaction.on_commit(lambda: tasks.notify_department.enqueue(complaint.pk))
    return complaint
