"""Anonymise complainants' personal data once a complaint has been closed long enough."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from services.complaints.models import AccessLog, Complaint


class Command(BaseCommand):
    help = (
        "Erase name, e-mail and phone of complaints closed or rejected more than "
        "COMPLAINTS_RETENTION_MONTHS ago (default 24), and say what was done."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, help="Override the retention period.")
        parser.add_argument("--dry-run", action="store_true", help="Count, change nothing.")

    def handle(self, *args, months: int | None = None, dry_run: bool = False, **options):
        months = months if months is not None else settings.COMPLAINTS_RETENTION_MONTHS
        cutoff = timezone.now() - timedelta(days=round(months * 30.44))
        due = Complaint.objects.filter(
            status__in=Complaint.CLOSED_STATUSES, closed_at__lt=cutoff
        ).exclude(name="", email="", phone="")
        codes = list(due.values_list("tracking_code", flat=True))
        if dry_run:
            self.stdout.write(
                f"{len(codes)} complaints would be anonymised (closed before {cutoff:%d.%m.%Y})."
            )
            return
        now = timezone.now()
        with transaction.atomic():
            for complaint in due.select_for_update():
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
