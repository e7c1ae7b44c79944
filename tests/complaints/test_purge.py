from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from services.complaints.models import AccessLog, Complaint

pytestmark = pytest.mark.django_db


def make(category, closed_days_ago, **fields):
    complaint = Complaint.objects.create(
        subject="S",
        text="T",
        category=category,
        department=category.default_department,
        language="sq",
        status="closed",
        name="Emri",
        email="e@example.org",
        phone="049000000",
        **fields,
    )
    Complaint.objects.filter(pk=complaint.pk).update(
        closed_at=timezone.now() - timedelta(days=closed_days_ago)
    )
    return complaint


def test_purge_anonymises_only_complaints_closed_beyond_the_retention(category):
    old = make(category, 800)
    recent = make(category, 100)
    out = StringIO()
    call_command("purge_complaints", stdout=out)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.phone) == ("", "", "")
    assert old.personal_data_purged_at is not None
    assert recent.email == "e@example.org"
    assert "Anonymised 1 complaints" in out.getvalue() and old.tracking_code in out.getvalue()
    assert AccessLog.objects.filter(action="purged", complaint=old).exists()
    # The complaint itself and its history stay for statistics.
    assert Complaint.objects.filter(pk=old.pk, subject="S").exists()


def test_purge_dry_run_changes_nothing_and_the_period_is_configurable(category, settings):
    old = make(category, 100)
    out = StringIO()
    call_command("purge_complaints", "--months", "2", "--dry-run", stdout=out)
    assert "1 complaints would be anonymised" in out.getvalue()
    old.refresh_from_db()
    assert old.email == "e@example.org"
    settings.COMPLAINTS_RETENTION_MONTHS = 2
    call_command("purge_complaints", stdout=StringIO())
    old.refresh_from_db()
    assert old.email == ""


def test_purge_also_covers_answered_complaints_attachments_and_notes(category):
    from django.core.files.base import ContentFile

    from services.complaints.models import Attachment, InternalNote

    old = make(category, 800)
    Complaint.objects.filter(pk=old.pk).update(
        status="answered", closed_at=None, answered_at=timezone.now() - timedelta(days=800)
    )
    attachment = Attachment(complaint=old, content_type="image/jpeg", size=3)
    attachment.file.save("attachment.jpg", ContentFile(b"abc"), save=False)
    attachment.save()
    stored_name = attachment.file.name
    InternalNote.objects.create(complaint=old, text="Agim jeton pranë shkollës.")
    call_command("purge_complaints", stdout=StringIO())
    old.refresh_from_db()
    assert old.email == "" and not old.attachments.exists() and not old.notes.exists()
    assert not attachment.file.storage.exists(stored_name)
