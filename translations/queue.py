"""What translators should work on next, computed from wagtail-localize's own records.

One item per translatable object and target language that needs work:

- **missing**: a page of the source language with no translation in the language yet;
- **stale**: the source changed since the translation was last synced (with how many of its
  text segments are new);
- **in progress**: the translation has untranslated segments;
- **ready**: everything is translated, and the result waits to be published.

Urgent first: what holds back official content approved in the other official language, and
what editors marked urgent; then what is scheduled to go live soonest, then what changed most
recently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.official import HeldPublication
from translations.models import QueueClaim, UrgentItem

MISSING, STALE, IN_PROGRESS, READY = "missing", "stale", "in_progress", "ready"
STATES = {
    MISSING: _("Missing"),
    STALE: _("Source changed"),
    IN_PROGRESS: _("In progress"),
    READY: _("Ready to publish"),
}
#: The order of states at equal urgency: what blocks readers first.
STATE_ORDER = {STALE: 0, MISSING: 1, IN_PROGRESS: 2, READY: 3}


@dataclass(frozen=True)
class QueueItem:
    key: UUID
    state: str
    title: str
    kind: str
    model: str
    locale: Locale
    url: str
    translated: int = 0
    total: int = 0
    changed: int = 0
    due: datetime | None = None
    changed_at: datetime | None = None
    #: Who took the item (a user), or None.
    taken_by: Any = None
    #: Where it belongs: a page's top-level section of the site, a snippet's app.
    section: str = ""
    #: A snippet's or plain model's app (None for a page).
    app_label: str | None = None
    #: An editor marked it urgent.
    urgent: bool = False
    #: Official content approved in another official language waits for this translation.
    holds_back: bool = False

    @property
    def state_label(self) -> str:
        return str(STATES[self.state])

    @property
    def percent(self) -> int:
        return round(100 * self.translated / self.total) if self.total else 100


def target_locales(user: Any) -> list[Locale]:
    """The languages ``user`` translates into: those whose tree they may edit."""
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")
    chosen = []
    for locale in locales:
        root = Page.objects.filter(depth=2, locale=locale).first()
        if user.is_superuser or (root and root.permissions_for_user(user).can_edit()):
            chosen.append(locale)
    return chosen


class _Sections:
    """The site's top-level sections (the home page's children), found by tree path, and the
    snippets' apps: read once per queue."""

    def __init__(self) -> None:
        self.steplen = Page.steplen
        self.titles = dict(Page.objects.filter(depth__lte=3).values_list("path", "title"))

    def of(self, instance: Model) -> str:
        if isinstance(instance, Page):
            title: str = self.titles.get(instance.path[: self.steplen * 3]) or self.titles.get(
                instance.path[: self.steplen * 2], ""
            )
            return title
        return str(apps.get_app_config(instance._meta.app_label).verbose_name)


def queue(user: Any, locales: list[Locale] | None = None) -> list[QueueItem]:
    locales = target_locales(user) if locales is None else locales
    sections = _Sections()
    claims = {
        (claim.translation_key, claim.locale_id): claim.user
        for claim in QueueClaim.objects.filter(locale__in=locales).select_related("user")
    }
    urgent = set(UrgentItem.objects.values_list("translation_key", flat=True))
    held = set(HeldPublication.objects.values_list("page__translation_key", flat=True))
    items = [
        replace(
            item,
            taken_by=claims.get((item.key, item.locale.pk)),
            urgent=item.key in urgent,
            holds_back=item.key in held
            and item.locale.language_code in settings.OFFICIAL_LANGUAGES,
        )
        for item in _missing_pages(locales, sections) + _started(locales, sections)
        if _may_translate(user, item)
    ]
    far = datetime.max.replace(tzinfo=None)
    return sorted(
        items,
        key=lambda item: (
            # What holds back official content, and what editors marked urgent, comes first.
            not (item.holds_back or item.urgent),
            (item.due.replace(tzinfo=None) if item.due else far),
            STATE_ORDER[item.state],
            -(item.changed_at.timestamp() if item.changed_at else 0),
            item.title,
        ),
    )


def _may_translate(user: Any, item: QueueItem) -> bool:
    """Pages are filtered by tree (the item's language); snippets and plain models by the
    permission to change them, which wagtail-localize's editor asks for."""
    return item.app_label is None or bool(user.has_perm(f"{item.app_label}.change_{item.model}"))


def _missing_pages(locales: list[Locale], sections: _Sections) -> list[QueueItem]:
    sources = list(
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
        .select_related("content_type")
        .order_by("path")
    )
    items = []
    for locale in locales:
        present = set(Page.objects.filter(locale=locale).values_list("translation_key", flat=True))
        for page in sources:
            if page.translation_key in present:
                continue
            model_class = page.content_type.model_class()
            items.append(
                QueueItem(
                    key=page.translation_key,
                    state=MISSING,
                    title=page.title,
                    kind=str(
                        model_class._meta.verbose_name if model_class else page.content_type.model
                    ),
                    model=page.content_type.model,
                    locale=locale,
                    url=reverse("wagtail_localize:submit_page_translation", args=[page.pk])
                    + f"?select_locale={locale.language_code}",
                    due=page.go_live_at,
                    changed_at=page.latest_revision_created_at,
                    section=sections.of(page),
                )
            )
    return items


def _started(locales: list[Locale], sections: _Sections) -> list[QueueItem]:
    translations = (
        Translation.objects.filter(target_locale__in=locales, enabled=True)
        .select_related("source", "source__specific_content_type", "target_locale")
        .order_by("pk")
    )
    # A source is read and compared with its synced segments once, not once per language.
    sources: dict[int, _Source | None] = {}
    items = []
    for translation in translations:
        if translation.source_id not in sources:
            sources[translation.source_id] = _source(translation.source, sections)
        source = sources[translation.source_id]
        item = _item(translation, source) if source is not None else None
        if item is not None:
            items.append(item)
    return items


@dataclass(frozen=True)
class _Source:
    common: dict[str, Any]
    changed: int
    sync_url: str


def _source(source: TranslationSource, sections: _Sections) -> _Source | None:
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return None
    current = _latest(instance)
    content_type: ContentType = source.specific_content_type
    model_class = content_type.model_class()
    common = {
        "key": source.object_id,
        "title": str(source.object_repr),
        "kind": str(model_class._meta.verbose_name if model_class else content_type.model),
        "model": content_type.model,
        "app_label": None if isinstance(instance, Page) else content_type.app_label,
        "due": getattr(instance, "go_live_at", None),
        "changed_at": getattr(instance, "latest_revision_created_at", None)
        or getattr(current, "latest_revision_created_at", None),
        "section": sections.of(instance),
    }
    return _Source(
        common=common,
        changed=_changed_segments(source, current),
        sync_url=reverse("wagtail_localize:update_translations", args=[source.pk]),
    )


def _item(translation: Translation, source: _Source) -> QueueItem | None:
    common = {**source.common, "locale": translation.target_locale}
    if source.changed:
        return QueueItem(state=STALE, url=source.sync_url, changed=source.changed, **common)
    total, translated = translation.get_progress()
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    url = translation.get_target_instance_edit_url()
    if translated < total:
        return QueueItem(state=IN_PROGRESS, url=url, translated=translated, total=total, **common)
    if isinstance(target, DraftStateMixin) and (not target.live or target.has_unpublished_changes):
        return QueueItem(state=READY, url=url, translated=translated, total=total, **common)
    return None


def _latest(instance: Model) -> Model:
    """The source as last saved, draft included: a translator works ahead of publishing."""
    revision = getattr(instance, "latest_revision", None)
    return revision.as_object() if revision is not None else instance


def _changed_segments(source: TranslationSource, current: Model) -> int:
    """How many text segments of the current source are not among the synced ones."""
    synced = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    now = [
        segment.string.data
        for segment in extract_segments(current)
        if isinstance(segment, StringSegmentValue)
    ]
    return sum(1 for text in now if text not in synced)
