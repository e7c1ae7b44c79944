"""Subscribers and what they follow. A row exists only once its owner confirmed the address.

Topics are not listed here: sections register them (``services.registry.MailTopic``) and a
subscription stores the topic's key, so a new section needs no change and no migration here.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from services.registry import registry


def topic_choices() -> list[tuple[str, str | Promise]]:
    """The registered topics, as form choices (a callable: sections register at start-up)."""
    return [(topic.key, topic.label) for topic in registry.topics()]


def topic_label(key: str) -> str:
    """A topic's name. A subscription can outlive its topic's section (removed, or not yet
    installed): it is kept, named by its key, and served again when the section returns."""
    topic = registry.topic(key)
    if topic:
        return str(topic.label)
    return str(_("%(topic)s (not offered at present)") % {"topic": key})


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
        return ", ".join(topic_label(s.topic) for s in self.subscriptions.all())


class Subscription(models.Model):
    wagtail_reference_index_ignore = True

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    topic = models.CharField(_("topic"), max_length=40)
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

    @property
    def topic_label(self) -> str:
        return topic_label(self.topic)


class Mailing(models.Model):
    """One page (e.g. a bulletin issue, in one language) sent to one topic's subscribers."""

    wagtail_reference_index_ignore = True

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    topic = models.CharField(_("topic"), max_length=40)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    total = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["page", "topic"], name="one_mailing_per_page_and_topic")
        ]

    def __str__(self) -> str:
        return f"{self.page} → {self.topic} ({self.language})"

    @property
    def sent(self) -> int:
        return self.deliveries.filter(sent_at__isnull=False).count()

    @property
    def failed(self) -> int:
        return self.deliveries.exclude(error="").count()


class Delivery(models.Model):
    """One message of a mailing. ``sent_at`` is set right after the message leaves, so a
    restarted mailing skips everyone already served."""

    wagtail_reference_index_ignore = True

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]

    def __str__(self) -> str:
        return f"{self.mailing_id}/{self.subscriber_id}"
