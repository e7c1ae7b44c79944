"""Captcha challenges shared by every citizen write endpoint (django-simple-captcha)."""

from datetime import UTC
from typing import Any

from captcha.models import CaptchaStore
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from services.urls import absolute


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


class CaptchaFormMixin:
    """For forms with ``captcha_key`` and ``captcha_answer`` fields: call ``check_captcha`` at
    the end of ``clean()``. The challenge is checked (and so used up) only when every other
    field is right, so a typo elsewhere does not cost the citizen a solved challenge;
    ``captcha_checked`` tells the page whether to show a new one. Costly work (decoding images)
    goes in ``after_captcha()``, which runs only once the captcha is solved."""

    captcha_checked = False
    #: Not required field by field (the captcha is checked last, in ``clean``), but no
    #: submission passes without them: the API documents them as required.
    api_required = ("captcha_key", "captcha_answer")

    def after_captcha(self) -> None:
        """Work worth doing only for a submission whose captcha is solved."""

    def check_captcha(self, data: dict[str, Any]) -> None:
        if self.errors:  # type: ignore[attr-defined]
            return
        self.captcha_checked = True
        if verify(data.get("captcha_key", ""), data.get("captcha_answer", "")):
            self.after_captcha()
        else:
            self.add_error(  # type: ignore[attr-defined]
                "captcha_answer",
                ValidationError(
                    _(
                        "The characters do not match the image, or the image has expired. "
                        "Please type the new one."
                    ),
                    code="captcha",
                ),
            )


def refresh_captcha(form: Any) -> str:
    """Give ``form`` a new challenge unless its current one is still unused (the citizen only
    mistyped another field); returns the URL of the image to show."""
    keep = form.is_bound and not form.captcha_checked and form.data.get("captcha_key")
    if not keep:
        key = CaptchaStore.generate_key()
        if form.is_bound:
            data = form.data.copy()
            data["captcha_key"], data["captcha_answer"] = key, ""
            form.data = data
        else:
            form.initial["captcha_key"], form.initial["captcha_answer"] = key, ""
    key = form.data.get("captcha_key") if form.is_bound else form.initial["captcha_key"]
    return reverse("captcha-image", kwargs={"key": key})
