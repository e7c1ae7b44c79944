"""Captcha challenges shared by every citizen write endpoint (django-simple-captcha)."""

from datetime import UTC

from captcha.models import CaptchaStore
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from home.images import absolute


def new_challenge() -> dict[str, str]:
    # Expired challenges are useless; dropping them here keeps the table small without a cron.
    CaptchaStore.remove_expired()
    key = CaptchaStore.generate_key()
    return {
        "key": key,
        "image_url": absolute(reverse("captcha-image", kwargs={"key": key})),
    }


def verify(key: str, answer: str) -> bool:
    """True when ``answer`` solves the challenge ``key``. Each challenge is good for one try.

    The challenge is deleted and read back in one statement (DELETE ... RETURNING, on SQLite
    and PostgreSQL alike), so two requests racing with the same answer cannot both succeed and
    a wrong answer burns the challenge too: no brute force against one image.
    """
    if not key or not answer:
        return False
    table = connection.ops.quote_name(CaptchaStore._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE hashkey = %s RETURNING response, expiration",  # noqa: S608
            [key],
        )
        row = cursor.fetchone()
    if row is None:
        return False
    response, expiration = row
    if isinstance(expiration, str):  # SQLite returns text for RETURNING
        expiration = parse_datetime(expiration)
    if expiration is not None and timezone.is_naive(expiration):
        expiration = timezone.make_aware(expiration, UTC)
    return (
        response == answer.strip().lower()
        and expiration is not None
        and expiration > timezone.now()
    )
