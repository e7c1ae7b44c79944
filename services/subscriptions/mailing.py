"""Sending a page to the subscribers of a topic, in batches, once per subscriber.

Each delivery is marked sent right after its message leaves, so a mailing interrupted at any
point and started again sends no one the page twice (at most the one message in flight at the
moment of a crash) and misses no one.
"""

from collections.abc import Callable

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from services.subscriptions import tokens
from services.subscriptions.mail import link, unsubscribe_headers
from services.subscriptions.models import Delivery, Mailing, Subscriber

BATCH_SIZE = 200


def start_mailing(page, topic: str) -> Mailing:
    """Create (or find) the mailing of ``page`` to ``topic`` in the page's language, with one
    delivery per confirmed subscriber of that language, and queue the sending."""
    language = page.locale.language_code
    with transaction.atomic():
        mailing, _ = Mailing.objects.get_or_create(
            page=page, topic=topic, defaults={"language": language}
        )
        subscriber_ids = Subscriber.objects.filter(
            language=language, subscriptions__topic=topic
        ).values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk) for pk in subscriber_ids],
            ignore_conflicts=True,
            batch_size=1000,
        )
        mailing.total = mailing.deliveries.count()
        mailing.save(update_fields=["total"])
        transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return mailing


def _message(
    mailing: Mailing, page, subscriber: Subscriber, connection
) -> mail.EmailMultiAlternatives:
    manage = tokens.manage_token(subscriber)
    context = {
        "page": page,
        "subscriber": subscriber,
        "unsubscribe_url": link("unsubscribe", manage, subscriber.language),
        "my_data_url": link("my_data", manage, subscriber.language),
    }
    templates = getattr(
        page, "email_templates", ("subscriptions/emails/page.txt", "subscriptions/emails/page.html")
    )
    with translation.override(mailing.language):
        text = render_to_string(templates[0], context)
        html = render_to_string(templates[1], context)
    message = mail.EmailMultiAlternatives(
        subject=page.title,
        body=text,
        to=[subscriber.email],
        headers=unsubscribe_headers(subscriber),
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


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
            batch = list(
                mailing.deliveries.filter(sent_at__isnull=True, error="", subscriber__isnull=False)
                .select_related("subscriber")
                .order_by("pk")[:batch_size]
            )
            if not batch:
                break
            for delivery in batch:
                try:
                    _message(mailing, page, delivery.subscriber, connection).send()
                except Exception as error:  # noqa: BLE001  (one bad address must not stop the rest)
                    Delivery.objects.filter(pk=delivery.pk).update(
                        error=str(error)[:300] or "error"
                    )
                    continue
                Delivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())
                sent_now += 1
            batches += 1
            if progress:
                progress(
                    mailing.total
                    - mailing.deliveries.filter(sent_at__isnull=True, error="").count(),
                    mailing.total,
                )
    if not mailing.deliveries.filter(
        sent_at__isnull=True, error="", subscriber__isnull=False
    ).exists():
        Mailing.objects.filter(pk=mailing.pk).update(finished_at=timezone.now())
    return sent_now


@task()
def send_mailing(mailing_id: int) -> None:
    deliver(mailing_id)


def languages_to_send(page) -> list[tuple[str, object | None]]:
    """Each language with the page's live translation in it, or None (not sent in it)."""
    translations = {
        t.locale.language_code: t
        for t in page.get_translations(inclusive=True).live().select_related("locale")
    }
    return [(code, translations.get(code)) for code, _name in settings.LANGUAGES]
