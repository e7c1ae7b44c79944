"""Delete registrations of interest once their gathering is long over: they were given to plan
that gathering and to answer about it, nothing more (``DIASPORA_INTEREST_RETENTION_DAYS`` after
its end date). Run it daily, like ``purge_complaints``."""

import datetime
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import ModelLogEntry

from diaspora.models import InterestRegistration


class Command(BaseCommand):
    help = "Delete registrations of interest whose gathering ended over the retention period ago."

    def handle(self, *args: Any, **options: Any) -> None:
        days = settings.DIASPORA_INTEREST_RETENTION_DAYS
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        expired = InterestRegistration.objects.filter(event__end_date__lt=cutoff)
        ids = [str(pk) for pk in expired.values_list("pk", flat=True)]
        deleted, _by_model = expired.delete()
        # What the admin's history kept of them (a label, changes) goes with them.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(InterestRegistration),
            object_id__in=ids,
        ).delete()
        self.stdout.write(f"{deleted} registration(s) of interest deleted.")
