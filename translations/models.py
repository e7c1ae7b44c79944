"""Who is working on what in the translation queue."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueueClaim(models.Model):
    """A translator took one item of the queue: an object (by its translation key, shared by
    every language's version) in one target language."""

    wagtail_reference_index_ignore = True

    translation_key = models.UUIDField()
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("taken by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    claimed_at = models.DateTimeField(_("taken"), default=timezone.now)

    class Meta:
        verbose_name = _("translation queue item taken")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="one_translator_per_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.translation_key} / {self.locale_id}: {self.user_id}"
