"""A published translation leaves the queue: whoever had taken it no longer works on it."""

from typing import Any

from django.conf import settings

from translations.models import QueueClaim


def release_claims(sender: Any, instance: Any, **kwargs: Any) -> None:
    """``page_published`` and ``published`` (snippets with drafts)."""
    locale = getattr(instance, "locale", None)
    key = getattr(instance, "translation_key", None)
    if locale is None or key is None or locale.language_code == settings.LANGUAGE_CODE:
        return
    QueueClaim.objects.filter(translation_key=key, locale_id=instance.locale_id).delete()
