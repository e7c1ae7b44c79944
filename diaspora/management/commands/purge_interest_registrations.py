"""Delete registrations of interest once their gathering is long over: they were given to plan
that gathering and to answer about it, nothing more (``DIASPORA_INTEREST_RETENTION_DAYS`` after
its end date). Run it daily, like ``purge_complaints``."""

import datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from diaspora.models import InterestRegistration


class Command(BaseCommand):
    help = "Delete registrations of interest whose gathering ended over the retention period ago."

    def handle(self, *args: Any, **options: Any) -> None:
        days = settings.DIASPORA_INTEREST_RETENTION_DAYS
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        deleted, _by_model = InterestRegistration.objects.filter(
            event__end_date__lt=cutoff
        ).delete()
        self.stdout.write(f"{deleted} registration(s) of interest deleted.")
