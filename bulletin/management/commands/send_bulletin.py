"""Send a bulletin issue to its subscribers from the command line, with a progress bar."""

import sys

from django.core.management.base import BaseCommand, CommandError

from bulletin.apps import TOPIC
from bulletin.models import BulletinIssuePage
from services.capabilities import MAIL
from services.registry import registry


class Command(BaseCommand):
    help = "Send an issue (by page id, any language) by e-mail; re-running sends only what is left."

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="page id of the issue")

    def handle(self, *args, issue: int, **options):
        mailer = registry.capability(MAIL)
        if mailer is None:
            raise CommandError("No installed plugin sends e-mail (install services.subscriptions).")
        page = BulletinIssuePage.objects.filter(pk=issue).first()
        if page is None:
            raise CommandError(f"No bulletin issue with id {issue}.")
        # Delivered right here, so nothing is queued for a worker to send at the same time.
        mailing_ids, skipped = mailer.send(page, TOPIC, queue=False)
        for code in skipped:
            self.stderr.write(
                self.style.WARNING(f"{code}: not translated or not published yet, not sent.")
            )
        for row in mailer.languages(page, TOPIC):
            if row.page is not None and row.code not in skipped:
                self.stdout.write(f"{row.code}: {row.total} recipients")
        for mailing_id in mailing_ids:
            mailer.deliver(mailing_id, progress=self._bar)
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Done."))

    def _bar(self, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        self.stdout.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        sys.stdout.flush()
