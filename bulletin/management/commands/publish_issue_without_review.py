"""The one way past the Bulletin review: publish an issue without the neutrality confirmation,
for a documented reason that goes into the page's history (Wagtail's audit log).

    manage.py publish_issue_without_review 123 --reason "The head of the Office is away; ..."

The official-language rule still applies: a first publication whose other official language
is not approved yet is held, and goes live with it (``home.official``).
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.log_actions import log

from bulletin.models import BulletinIssuePage
from bulletin.workflow import PUBLISHED_WITHOUT_REVIEW
from home.official import held_message, is_held


class Command(BaseCommand):
    help = (
        "Publish a bulletin issue (page id, any language) without the Bulletin review; the "
        "reason is written into the page's history."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="page id of the issue")
        parser.add_argument(
            "--reason", required=True, help="why the review is skipped (kept in the history)"
        )
        parser.add_argument("--user", help="username of whoever decided it, for the history")

    def handle(self, *args, issue: int, reason: str, user: str | None = None, **options):
        reason = reason.strip()
        if not reason:
            raise CommandError("Give the reason for skipping the Bulletin review (--reason).")
        page = BulletinIssuePage.objects.filter(pk=issue).first()
        if page is None:
            raise CommandError(f"No bulletin issue with id {issue}.")
        who = None
        if user:
            who = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: user}).first()
            if who is None:
                raise CommandError(f"No user {user!r}.")
        revision = page.latest_revision or page.save_revision(user=who)
        log(
            instance=page,
            action=PUBLISHED_WITHOUT_REVIEW,
            user=who,
            revision=revision,
            data={"reason": reason},
        )
        revision.publish(user=who, skip_permission_checks=True)
        page.refresh_from_db()
        if page.live:
            self.stdout.write(self.style.SUCCESS(f"Published “{page.title}”."))
        elif is_held(page):
            self.stdout.write(self.style.WARNING(held_message(page)))
        else:
            self.stdout.write(self.style.WARNING(f"“{page.title}” is scheduled, not live yet."))
