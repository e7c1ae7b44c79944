"""Captcha challenges shared by every citizen write endpoint (django-simple-captcha)."""

from captcha.models import CaptchaStore
from django.urls import reverse
from django.utils import timezone

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

    The matching row is deleted in the same statement that checks it, so two requests racing
    with the same answer cannot both succeed.
    """
    if not key or not answer:
        return False
    now = timezone.now()
    solved, _ = CaptchaStore.objects.filter(
        hashkey=key, response=answer.strip().lower(), expiration__gt=now
    ).delete()
    # A wrong answer also burns the challenge: no brute force against one image.
    CaptchaStore.objects.filter(hashkey=key).delete()
    return solved > 0
