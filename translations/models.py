"""The translators' workspace: who is working on what in the queue, what editors marked
urgent, and the glossary of municipal terms."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField


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


# The glossary's imports stand here, with the glossary, while the queue's part above is being
# reworked (one block appended, nothing above it touched).


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """One of the municipality's terms (its style guide's glossary). Each language's version is
    the term *in that language*, made through wagtail-localize like other snippets: the Serbian
    translation of "Kuvendi Komunal" is "Skupština opštine"."""

    term = models.CharField(
        _("term"),
        max_length=255,
        help_text=_(
            "The preferred form first; other accepted forms after a semicolon, e.g. "
            "“Kuvendi Komunal; Kuvendi i Komunës”."
        ),
    )
    # A usage note, not a separate "do not use" field: wagtail-localize derives every
    # language's version from the source's fields, so a list of wrong variants that is empty
    # in the source could never be filled in another language. The note, written per language,
    # can say what to avoid in that language.
    note = models.TextField(
        pgettext_lazy("glossary", "note"),
        blank=True,
        help_text=_("How to use the term, and what not to write instead."),
    )

    translatable_fields = [TranslatableField("term"), TranslatableField("note")]
    panels = [FieldPanel("term"), FieldPanel("note")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    @property
    def forms(self) -> list[str]:
        """The accepted forms of the term, the preferred one first."""
        return [form.strip() for form in self.term.split(";") if form.strip()]


class UrgentItem(models.Model):
    """An editor marked an object urgent in the translation queue (in every language it needs
    work in): it comes before the rest."""

    wagtail_reference_index_ignore = True

    translation_key = models.UUIDField(unique=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked urgent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked urgent"), default=timezone.now)

    class Meta:
        verbose_name = _("urgent translation")

    def __str__(self) -> str:
        return str(self.translation_key)
