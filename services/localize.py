"""What plugins and sections ask of wagtail-localize's records, written once."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef
from wagtail_localize.models import StringSegment, StringTranslation, Translation


def is_translated(locale: Any) -> Exists:
    """For a query over ``StringSegment``: the segment has a translation into ``locale`` (a
    Locale or its id) without an error, as wagtail-localize's ``get_progress`` counts it."""
    return Exists(
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale=locale,
            has_error=False,
        )
    )


def untranslated_text(locale: Any) -> Exists:
    """For a query over a translatable snippet in ``locale``: wagtail-localize made this object
    in that language but some of its text is not translated yet, so it still carries the
    source's words. A plain snippet has no draft to wait in: such objects are left out (or the
    source shown instead) until their translation is complete."""
    untranslated = StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale=locale,
        source__translations__enabled=True,
    ).exclude(is_translated(locale))
    return Exists(untranslated)


def outdated_languages(pages: Iterable[Any]) -> set[str]:
    """Of ``pages`` (the live translations of one page), the language codes whose text may lag
    behind its source: the source's live revision is newer than the translation's last read of
    it, or the translation read it again (a sync) and has not been published since. A page with
    no translation source (written directly in its language) is never outdated. Revisions'
    times, not ``last_published_at``, which editors (and the demo) may set to a past date."""
    by_locale = {page.locale_id: page for page in pages}
    if not by_locale:
        return set()
    key = next(iter(by_locale.values())).translation_key
    outdated = set()
    for item in Translation.objects.filter(
        source__object_id=key, target_locale_id__in=by_locale, enabled=True
    ).select_related("source", "target_locale"):
        source_page, target = by_locale.get(item.source.locale_id), by_locale[item.target_locale_id]
        synced = item.source.last_updated_at
        if _after(_saved(source_page), synced) or _after(synced, _saved(target)):
            outdated.add(item.target_locale.language_code)
    return outdated


def _saved(page: Any) -> datetime | None:
    revision = getattr(page, "live_revision", None)
    return revision.created_at if revision is not None else None


def _after(when: datetime | None, than: datetime | None) -> bool:
    return when is not None and than is not None and when > than
