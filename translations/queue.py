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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.official import HeldPublication
from services.localize import is_translated
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
        for item in _missing_pages(locales, sections) + _started(user, locales, sections)
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


def _started(user: Any, locales: list[Locale], sections: _Sections) -> list[QueueItem]:
    """Translations begun, read in a fixed number of queries however many there are: sources,
    targets, revisions, synced segments and progress are each fetched in one go."""
    translations = [
        translation
        for translation in Translation.objects.filter(target_locale__in=locales, enabled=True)
        .select_related("source", "source__specific_content_type", "target_locale")
        .order_by("pk")
        if _may_open(user, translation.source.specific_content_type)
    ]
    sources = {translation.source_id: translation.source for translation in translations}
    originals = _instances(
        (source.specific_content_type, source.object_id, source.locale_id)
        for source in sources.values()
    )
    targets = _instances(
        (
            translation.source.specific_content_type,
            translation.source.object_id,
            translation.target_locale_id,
        )
        for translation in translations
    )
    revisions = Revision.objects.in_bulk(
        [
            getattr(instance, "latest_revision_id", None)
            for instance in originals.values()
            if getattr(instance, "latest_revision_id", None)
        ]
    )
    synced: dict[int, set[str]] = defaultdict(set)
    for source_id, data in StringSegment.objects.filter(source_id__in=sources).values_list(
        "source_id", "string__data"
    ):
        synced[source_id].add(data)
    progress = _progress(translations)
    edited = _last_edited(translations)
    # When the text now live was written: its revision's time, not its publication's (a
    # version approved after a review was written before it).
    written = dict(
        Revision.objects.filter(
            pk__in=[
                target.live_revision_id
                for target in targets.values()
                if getattr(target, "live_revision_id", None)
            ]
        ).values_list("pk", "created_at")
    )
    # A source is compared with its synced segments once, not once per language.
    compared: dict[int, _Source | None] = {}
    items = []
    for translation in translations:
        source = translation.source
        if source.pk not in compared:
            original = originals.get(
                _key(source.specific_content_type, source.object_id, source.locale_id)
            )
            compared[source.pk] = (
                None
                if original is None
                else _source(source, original, revisions, synced[source.pk], sections)
            )
        summary = compared[source.pk]
        target = targets.get(
            _key(source.specific_content_type, source.object_id, translation.target_locale_id)
        )
        if summary is None or target is None:
            continue
        total, translated = progress.get((source.pk, translation.target_locale_id), (0, 0))
        item = _item(
            translation,
            summary,
            target,
            total,
            translated,
            edited.get((str(source.object_id), translation.target_locale_id)),
            written.get(getattr(target, "live_revision_id", None) or 0),
        )
        if item is not None:
            items.append(item)
    return items


def _may_open(user: Any, content_type: ContentType) -> bool:
    """Pages are filtered by tree (the item's language); snippets and plain models by the
    permission to change them, which wagtail-localize's editor asks for."""
    model_class = content_type.model_class()
    if model_class is not None and issubclass(model_class, Page):
        return True
    return bool(user.has_perm(f"{content_type.app_label}.change_{content_type.model}"))


def _key(content_type: ContentType, translation_key: Any, locale_id: int) -> tuple[int, str, int]:
    return (content_type.pk, str(translation_key), locale_id)


def _instances(
    wanted: Iterable[tuple[ContentType, Any, int]],
) -> dict[tuple[int, str, int], Any]:
    """Objects by (content type, translation key, locale), one query per content type."""
    by_type: dict[int, tuple[ContentType, set[Any], set[int]]] = {}
    for content_type, translation_key, locale_id in wanted:
        entry = by_type.setdefault(content_type.pk, (content_type, set(), set()))
        entry[1].add(translation_key)
        entry[2].add(locale_id)
    found: dict[tuple[int, str, int], Any] = {}
    for content_type, keys, locale_ids in by_type.values():
        model_class: Any = content_type.model_class()
        if model_class is None:
            continue
        for instance in model_class._default_manager.filter(
            translation_key__in=keys, locale_id__in=locale_ids
        ):
            found[_key(content_type, instance.translation_key, instance.locale_id)] = instance
    return found


def _progress(translations: list[Translation]) -> dict[tuple[int, int], tuple[int, int]]:
    """(source, target locale) -> (segments, translated segments), as wagtail-localize's
    ``Translation.get_progress`` counts them, in one query per language."""
    source_ids = {translation.source_id for translation in translations}
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "count")
    )
    by_locale: dict[int, set[int]] = defaultdict(set)
    for translation in translations:
        by_locale[translation.target_locale_id].add(translation.source_id)
    progress = {}
    for locale_id, ids in by_locale.items():
        done = dict(
            StringSegment.objects.filter(source_id__in=ids)
            .filter(is_translated(locale_id))
            .values("source_id")
            .annotate(count=Count("pk"))
            .values_list("source_id", "count")
        )
        for source_id in ids:
            progress[(source_id, locale_id)] = (totals.get(source_id, 0), done.get(source_id, 0))
    return progress


@dataclass(frozen=True)
class _Source:
    common: dict[str, Any]
    changed: int
    sync_url: str


def _source(
    source: TranslationSource,
    instance: Any,
    revisions: dict[int, Revision],
    synced: set[str],
    sections: _Sections,
) -> _Source:
    revision = revisions.get(getattr(instance, "latest_revision_id", None) or 0)
    # The source as last saved, draft included: a translator works ahead of publishing.
    draft = revision is not None and bool(getattr(instance, "has_unpublished_changes", False))
    current = instance.with_content_json(revision.content) if draft and revision else instance
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
        or (revision.created_at if revision is not None else None),
        "section": sections.of(instance),
    }
    return _Source(
        common=common,
        changed=0 if _synced_since(source, instance, draft) else _changed_segments(current, synced),
        sync_url=reverse("wagtail_localize:update_translations", args=[source.pk]),
    )


def _item(
    translation: Translation,
    source: _Source,
    target: Any,
    total: int,
    translated: int,
    edited_at: datetime | None,
    live_written_at: datetime | None,
) -> QueueItem | None:
    common = {**source.common, "locale": translation.target_locale}
    if source.changed:
        return QueueItem(state=STALE, url=source.sync_url, changed=source.changed, **common)
    url = _edit_url(translation, target)
    if translated < total:
        return QueueItem(state=IN_PROGRESS, url=url, translated=translated, total=total, **common)
    if isinstance(target, DraftStateMixin) and (
        not target.live
        or target.has_unpublished_changes
        # Segments edited after the version now live was saved (e.g. while it was in review):
        # they reach readers only with another review.
        or (edited_at is not None and live_written_at is not None and edited_at > live_written_at)
    ):
        return QueueItem(state=READY, url=url, translated=translated, total=total, **common)
    return None


def _last_edited(translations: list[Translation]) -> dict[tuple[str, int], datetime]:
    """(object key, language) -> when a segment translation was last saved, one query."""
    keys = {translation.source.object_id for translation in translations}
    locale_ids = {translation.target_locale_id for translation in translations}
    return {
        (str(key), locale_id): when
        for key, locale_id, when in StringTranslation.objects.filter(
            context__object_id__in=keys, locale_id__in=locale_ids
        )
        .values("context__object_id", "locale_id")
        .annotate(when=Max("updated_at"))
        .values_list("context__object_id", "locale_id", "when")
    }


def _synced_since(source: TranslationSource, instance: Any, draft: bool) -> bool:
    """Whether the last sync read the source as it is now: no draft since, and nothing
    published after it. (Reading segments out of each source is the queue's costliest step.)"""
    published = getattr(instance, "last_published_at", None)
    return not draft and published is not None and published <= source.last_updated_at


def _edit_url(translation: Translation, target: Model) -> str:
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    viewset = getattr(target, "snippet_viewset", None)
    if viewset is not None:
        return reverse(viewset.get_url_name("edit"), args=[quote(target.pk)])
    return str(translation.get_target_instance_edit_url())


def _changed_segments(current: Model, synced: set[str]) -> int:
    """How many text segments of the current source are not among the synced ones."""
    now = [
        segment.string.data
        for segment in extract_segments(current)
        if isinstance(segment, StringSegmentValue)
    ]
    return sum(1 for text in now if text not in synced)
