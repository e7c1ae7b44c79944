"""Captcha challenges shared by every citizen write endpoint (django-simple-captcha), each
with a question in words beside its image for people who cannot see it
(``services.captcha_question``)."""

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from captcha.models import CaptchaStore
from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from services.captcha_question import add_question, as_number, question_for, question_key
from services.urls import absolute


@dataclass(frozen=True)
class Challenge:
    key: str
    #: The image's address on this site (relative).
    image_url: str
    #: The same challenge as a question in words, in the active language.
    question: str


def _issue() -> Challenge:
    key = CaptchaStore.generate_key()
    expiration = CaptchaStore.objects.values_list("expiration", flat=True).get(hashkey=key)
    add_question(key, expiration)
    return _challenge(key)


def _challenge(key: str) -> Challenge:
    return Challenge(
        key=key,
        image_url=reverse("captcha-image", kwargs={"key": key}),
        question=question_for(key) or "",
    )


def new_challenge() -> dict[str, str]:
    # Expired challenges are useless; dropping them here keeps the table small without a cron.
    CaptchaStore.remove_expired()
    challenge = _issue()
    return {
        "key": challenge.key,
        "image_url": absolute(challenge.image_url),
        "question": challenge.question,
    }


def verify(key: str, answer: str) -> bool:
    """True when ``answer`` solves the challenge ``key``: the characters in its image, or the
    answer to its question. Each challenge is good for one try, whichever way it is answered.

    The challenge (its image row and its question row) is deleted and read back in one
    statement (DELETE ... RETURNING, on SQLite and PostgreSQL alike), so two requests racing
    with the same answer cannot both succeed and a wrong answer burns the challenge too: no
    brute force against one image or one question.
    """
    if not key or not answer:
        return False
    table = connection.ops.quote_name(CaptchaStore._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE hashkey IN (%s, %s) "  # noqa: S608
            "RETURNING hashkey, response, expiration",
            [key, question_key(key)],
        )
        rows = cursor.fetchall()
    return any(
        response == (answer.strip().lower() if hashkey == key else as_number(answer))
        and _in_time(expiration)
        for hashkey, response, expiration in rows
    )


def _in_time(expiration: Any) -> bool:
    if isinstance(expiration, str):  # SQLite returns text for RETURNING
        expiration = parse_datetime(expiration)
    if expiration is not None and timezone.is_naive(expiration):
        expiration = timezone.make_aware(expiration, UTC)
    return expiration is not None and expiration > timezone.now()


def captcha_fields() -> tuple[forms.CharField, forms.CharField]:
    """The two fields every form with a captcha declares, in its own place among its fields:
    ``captcha_key, captcha_answer = captcha_fields()``."""
    key = forms.CharField(
        widget=forms.HiddenInput, required=False, help_text=_("From GET /api/v3/captcha/.")
    )
    answer = forms.CharField(
        label=_("Type the characters in the image, or answer the question"),
        max_length=20,
        required=False,
        help_text=_(
            "The characters shown in the image, or the answer to the question that comes with "
            "it (in digits or in words)."
        ),
    )
    return key, answer


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
                        "The answer does not match the image or the question, or it has "
                        "expired. Please answer the new one."
                    ),
                    code="captcha",
                ),
            )


def refresh_captcha(form: Any) -> Challenge:
    """Give ``form`` a new challenge unless its current one is still unused (the citizen only
    mistyped another field); returns the challenge to show (its image and its question)."""
    kept = form.data.get("captcha_key") if form.is_bound and not form.captcha_checked else ""
    # A key that is unknown or has no question (issued before questions existed) is replaced:
    # a person who cannot see the image must always have the question.
    if kept and CaptchaStore.objects.filter(hashkey=question_key(kept)).exists():
        return _challenge(kept)
    challenge = _issue()
    if form.is_bound:
        data = form.data.copy()
        data["captcha_key"], data["captcha_answer"] = challenge.key, ""
        form.data = data
    else:
        form.initial["captcha_key"], form.initial["captcha_answer"] = challenge.key, ""
    return challenge
