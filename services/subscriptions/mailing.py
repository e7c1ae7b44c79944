"""Sending a page to the subscribers of a topic, in batches, once per subscriber.

Each delivery is claimed before its message is sent (an atomic UPDATE, so two workers never
send the same one) and marked sent right after; a mailing interrupted at any point and started
again sends no one the page twice and misses no one (a claim left by a crashed worker is taken
over after CLAIM_TIMEOUT, so at most the message in flight at the crash can repeat).
A temporary mail-server failure stops the run and leaves the rest unsent, for the next run;
only a refused address is recorded as failed.
"""

import smtplib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Page

from services.capabilities import LanguageRow, MailablePage, RenderedEmail
from services.localize import outdated_languages
from services.subscriptions import tokens
from services.subscriptions.mail import link, unsubscribe_headers
from services.subscriptions.models import Delivery, Mailing, Subscriber
from services.urls import absolute

BATCH_SIZE = 200
CLAIM_TIMEOUT = timedelta(minutes=10)
PERMANENT_ERRORS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused)


def unserved(page: Page, topic: str, language: str) -> QuerySet[Subscriber]:
    """The topic's subscribers in ``language`` who have not received this page in any
    language yet (someone who changed language since is not sent it again)."""
    served = Delivery.objects.filter(
        mailing__topic=topic,
        mailing__page__translation_key=page.translation_key,
        sent_at__isnull=False,
    )
    return Subscriber.objects.filter(language=language, subscriptions__topic=topic).exclude(
        pk__in=served.values("subscriber_id")
    )


def start_mailing(page, topic: str, *, queue: bool = True) -> Mailing:
    """Create (or find) the mailing of ``page`` to ``topic`` in the page's language, with one
    delivery per confirmed subscriber of that language, and queue the sending."""
    language = page.locale.language_code
    with transaction.atomic():
        mailing, _ = Mailing.objects.get_or_create(
            page=page, topic=topic, defaults={"language": language}
        )
        subscriber_ids = unserved(page, topic, language).values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk) for pk in subscriber_ids],
            ignore_conflicts=True,
            batch_size=1000,
        )
        mailing.total = mailing.deliveries.count()
        mailing.save(update_fields=["total"])
        if queue:
            transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return mailing


def render(page: MailablePage, language: str, links: dict[str, str]) -> RenderedEmail:
    if not isinstance(page, MailablePage):
        raise TypeError(f"{type(page).__name__} cannot render itself as an e-mail.")
    with translation.override(language):
        return page.render_email(links)


def _message(
    mailing: Mailing, page: MailablePage, subscriber: Subscriber, connection
) -> mail.EmailMultiAlternatives:
    manage = tokens.manage_token(subscriber)
    links = {
        "unsubscribe_url": link("unsubscribe", manage, subscriber.language),
        "my_data_url": link("my_data", manage, subscriber.language),
    }
    return _email(
        render(page, mailing.language, links),
        subscriber.email,
        # The same signed link as in the text (a second signing may carry another timestamp).
        headers=unsubscribe_headers(subscriber, links["unsubscribe_url"]),
        connection=connection,
    )


def _email(
    rendered: RenderedEmail, to: str, *, subject_prefix: str = "", **kwargs: Any
) -> mail.EmailMultiAlternatives:
    message = mail.EmailMultiAlternatives(
        subject=f"{subject_prefix}{rendered.subject}", body=rendered.text, to=[to], **kwargs
    )
    message.attach_alternative(rendered.html, "text/html")
    return message


def _pending(mailing: Mailing):
    return mailing.deliveries.filter(sent_at__isnull=True, error="", subscriber__isnull=False)


def deliver(
    mailing_id: int,
    *,
    batch_size: int = BATCH_SIZE,
    max_batches: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Send what is left of a mailing; returns how many messages this call sent."""
    mailing = Mailing.objects.select_related("page").get(pk=mailing_id)
    page = mailing.page.specific
    sent_now = 0
    batches = 0
    with mail.get_connection() as connection:
        while max_batches is None or batches < max_batches:
            stale = timezone.now() - CLAIM_TIMEOUT
            batch = list(
                _pending(mailing)
                .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))
                .select_related("subscriber")
                .order_by("pk")[:batch_size]
            )
            if not batch:
                break
            for delivery in batch:
                claimed = (
                    Delivery.objects.filter(pk=delivery.pk, sent_at__isnull=True)
                    .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale))
                    .update(claimed_at=timezone.now())
                )
                if not claimed:
                    continue  # another worker has it
                try:
                    _message(mailing, page, delivery.subscriber, connection).send()
                except PERMANENT_ERRORS as error:
                    Delivery.objects.filter(pk=delivery.pk).update(
                        error=str(error)[:300] or "refused"
                    )
                    continue
                except Exception:
                    # The mail server is away: give the claim back and stop; the next run
                    # (the task retried, or send_bulletin again) carries on from here.
                    Delivery.objects.filter(pk=delivery.pk).update(claimed_at=None)
                    raise
                Delivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())
                sent_now += 1
            batches += 1
            if progress:
                progress(mailing.total - _pending(mailing).count(), mailing.total)
    if not _pending(mailing).exists():
        Mailing.objects.filter(pk=mailing.pk).update(finished_at=timezone.now())
    return sent_now


@task()
def send_mailing(mailing_id: int) -> None:
    deliver(mailing_id)


class SubscriptionMailer:
    """The ``MAIL`` capability (``services.capabilities.Mailer``) offered to sections."""

    def languages(self, page: Page, topic: str, user: object = None) -> list[LanguageRow]:
        """Every language: the live translation to send, or None ("not published: skipped"),
        and how many would receive it now (none where ``user`` may not publish it)."""
        translations = {
            translated.locale.language_code: translated
            # A private page is never mailed, in any language.
            for translated in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale", "live_revision")
        }
        outdated = outdated_languages(translations.values())
        rows = []
        for code, name in settings.LANGUAGES:
            translated = translations.get(code)
            mailing = (
                Mailing.objects.filter(page=translated, topic=topic).first() if translated else None
            )
            may_send = translated is not None and (
                user is None or translated.permissions_for_user(user).can_publish()
            )
            rows.append(
                LanguageRow(
                    code=code,
                    name=str(name),
                    page=translated,
                    may_send=may_send,
                    to_send=unserved(translated, topic, code).count() if may_send else 0,
                    subscribers=Subscriber.objects.filter(
                        language=code, subscriptions__topic=topic
                    ).count(),
                    total=mailing.total if mailing else 0,
                    sent=mailing.sent if mailing else 0,
                    failed=mailing.failed if mailing else 0,
                    started=mailing is not None,
                    finished=bool(mailing and mailing.finished_at),
                    outdated=code in outdated,
                )
            )
        return rows

    def send(
        self, page: Page, topic: str, *, user: object = None, queue: bool = True
    ) -> tuple[list[int], list[str]]:
        mailings, skipped = [], []
        for row in self.languages(page, topic, user):
            if row.page is None or not row.may_send:
                skipped.append(row.code)
            else:
                mailings.append(start_mailing(row.page.specific, topic, queue=queue).pk)
        return mailings, skipped

    def deliver(self, mailing_id: int, progress: Callable[[int, int], None] | None = None) -> int:
        return deliver(mailing_id, progress=progress)

    def send_test(self, page: Page, to: str) -> None:
        """The page as a subscriber gets it, to one address. No subscriber stands behind it,
        so its links lead to the subscription page (a real address, not a dead one)."""
        language = page.locale.language_code
        with translation.override(language):
            subscribe_url = absolute(reverse("subscriptions:subscribe"))
        links = {"unsubscribe_url": subscribe_url, "my_data_url": subscribe_url}
        rendered = render(page.specific, language, links)
        _email(rendered, to, subject_prefix="[TEST] ").send()


#: The one instance, offered to sections as the ``mail`` capability and used by the send screen.
MAILER = SubscriptionMailer()
