"""Send a bulletin issue to its subscribers from the command line, with a progress bar."""

import sys

from django.core.management.base import BaseCommand, CommandError

from bulletin import sending
from bulletin.models import BulletinIssuePage


class Command(BaseCommand):
    help = "Send an issue (by page id, any language) by e-mail; re-running sends only what is left."

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="page id of the issue")

    def handle(self, *args, issue: int, **options):
        if not sending.can_send():
            raise CommandError("The subscriptions plugin is not installed.")
        page = BulletinIssuePage.objects.filter(pk=issue).first()
        if page is None:
            raise CommandError(f"No bulletin issue with id {issue}.")
        from services.subscriptions.mailing import deliver

        # Delivered right here, so nothing is queued for a worker to send at the same time.
        mailings, skipped = sending.send(page, queue=False)
        for code in skipped:
            self.stderr.write(
                self.style.WARNING(f"{code}: not translated or not published yet, not sent.")
            )
        for mailing in mailings:
            self.stdout.write(f"{mailing.language}: {mailing.total} recipients")
            deliver(mailing.pk, progress=self._bar)
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Done."))

    def _bar(self, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        self.stdout.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        sys.stdout.flush()
