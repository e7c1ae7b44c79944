"""Erase the names and e-mails of comments on consultations that concluded over the retention
period ago (``NEWS_DEBATE_COMMENT_RETENTION_DAYS``): they were given so that the municipality
could answer, nothing more. The comments themselves stay, as the report publishes them. Run it
daily, like ``purge_complaints``."""

import datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from news.debates import DebateComment, PublicDebatePage


class Command(BaseCommand):
    help = "Erase names and e-mails of comments whose consultation concluded long enough ago."

    def handle(self, *args: Any, **options: Any) -> None:
        days = int(settings.NEWS_DEBATE_COMMENT_RETENTION_DAYS)
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        # Concluded in any language's version: the conclusion is synchronised, but a
        # translation may lag behind its source.
        keys = PublicDebatePage.objects.filter(concluded=True, concluded_on__lt=cutoff).values_list(
            "translation_key", flat=True
        )
        expired = DebateComment.objects.filter(debate__translation_key__in=list(keys)).exclude(
            name="", email=""
        )
        count = expired.update(name="", email="", personal_data_purged_at=timezone.now())
        self.stdout.write(f"Personal data erased from {count} comment(s).")
