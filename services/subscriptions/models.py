"""Subscribers and what they follow. A row exists only once its owner confirmed the address."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    BULLETIN = "bulletin", _("Monthly information bulletin")
    DIASPORA = "diaspora", _("News for the diaspora")
    PARTNERS = "partners", _("News of partner municipalities")


class Subscriber(models.Model):
    wagtail_reference_index_ignore = True

    email = models.EmailField(_("e-mail"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    confirmed_at = models.DateTimeField(_("confirmed"), default=timezone.now)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-confirmed_at"]

    def __str__(self) -> str:
        return self.email

    @property
    def topic_labels(self) -> str:
        return ", ".join(str(Topic(s.topic).label) for s in self.subscriptions.all())


class Subscription(models.Model):
    wagtail_reference_index_ignore = True

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "topic"], name="one_subscription_per_topic"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subscriber.email}: {self.topic}"
