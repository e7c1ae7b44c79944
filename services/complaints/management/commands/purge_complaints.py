"""Anonymise complainants' personal data once a complaint has been closed long enough."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from services.complaints.models import AccessLog, Complaint


class Command(BaseCommand):
    help = (
        "Erase name, e-mail, phone, attachments and internal notes of complaints closed, "
        "rejected or answered more than COMPLAINTS_RETENTION_MONTHS ago (default 24), and say "
        "what was done."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, help="Override the retention period.")
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, months: int | None = None, dry_run: bool = False, **options):
        months = months if months is not None else settings.COMPLAINTS_RETENTION_MONTHS
        cutoff = timezone.now() - timedelta(days=round(months * 30.44))
        finished = Q(status__in=Complaint.CLOSED_STATUSES, closed_at__lt=cutoff) | Q(
            status=Complaint.Status.ANSWERED, answered_at__lt=cutoff
        )
        still_personal = (
            ~Q(name="", email="", phone="") | Q(attachments__isnull=False) | Q(notes__isnull=False)
        )
        due = Complaint.objects.filter(finished).filter(still_personal).distinct()
        codes = list(due.values_list("tracking_code", flat=True))
        if dry_run:
            self.stdout.write(
                f"{len(codes)} complaints would be anonymised (closed before {cutoff:%d.%m.%Y})."
            )
            return
        now = timezone.now()
        with transaction.atomic():
            for complaint in Complaint.objects.filter(pk__in=due.values("pk")).select_for_update():
                for attachment in complaint.attachments.all():
                    attachment.file.delete(save=False)
                    attachment.delete()
                complaint.notes.all().delete()
                complaint.name = complaint.email = complaint.phone = ""
                complaint.personal_data_purged_at = now
                complaint.save(update_fields=["name", "email", "phone", "personal_data_purged_at"])
                AccessLog.record(None, AccessLog.Action.PURGED, complaint)
        self.stdout.write(
            self.style.SUCCESS(
                f"Anonymised {len(codes)} complaints closed before {cutoff:%d.%m.%Y}"
                f" (retention {months} months)."
            )
        )
        for code in codes:
            self.stdout.write(f"  {code}")
