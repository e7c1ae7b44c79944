"""Switching a translation's sync back on without losing what was edited by hand meanwhile.

When sync is stopped, a translator edits the translated page or snippet directly in Wagtail's
editor. wagtail-localize's "Start Synced translation" only switches sync back on: its next sync
writes the stored segment translations over the page, and the hand edits are gone. Here, before
switching it on, every segment whose text in the translation differs from what sync would write is
shown side by side (source, synced translation, hand edit); the translator chooses per segment,
and the chosen hand edits become the stored translations, so later syncs keep them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translations.access import editable_translation

KEEP, SYNCED = "keep", "synced"


@dataclass(frozen=True)
class Divergence:
    """A segment whose hand-edited text differs from the stored (synced) translation."""

    segment: StringSegment
    source: str
    synced: str | None
    edited: str


def _current(instance: Any) -> Any:
    """The translation as last saved by hand, draft included."""
    revision = getattr(instance, "latest_revision", None)
    return revision.as_object() if revision is not None else instance


def divergences(translation: Translation) -> list[Divergence]:
    try:
        target = _current(translation.get_target_instance())
    except ObjectDoesNotExist:
        return []
    edited_by_path: dict[str, list[str]] = defaultdict(list)
    for value in extract_segments(target):
        if isinstance(value, StringSegmentValue):
            edited_by_path[value.path].append(value.string.data)
    segments = list(
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )
    stored = {
        (row.translation_of_id, row.context_id): row.data
        for row in StringTranslation.objects.filter(
            translation_of__in=[segment.string_id for segment in segments],
            locale=translation.target_locale,
        )
    }
    source_by_path: dict[str, list[StringSegment]] = defaultdict(list)
    for segment in segments:
        source_by_path[segment.context.path].append(segment)
    found = []
    for path, in_source in source_by_path.items():
        edited = edited_by_path.get(path, [])
        # A field whose structure changed by hand (paragraphs added or removed) cannot be
        # matched segment by segment: sync rewrites it from the stored translations.
        if len(edited) != len(in_source):
            continue
        for segment, text in zip(in_source, edited, strict=True):
            synced = stored.get((segment.string_id, segment.context_id))
            if text != (synced if synced is not None else segment.string.data):
                found.append(Divergence(segment, segment.string.data, synced, text))
    return found


def compare_before_restart(
    request: HttpRequest, instance: Any, translation: Translation
) -> HttpResponse | None:
    """The comparison screen, when hand edits differ from the stored translations."""
    found = divergences(translation)
    if not found:
        return None
    return TemplateResponse(
        request,
        "translations/resync.html",
        {
            "translation": translation,
            "instance": instance,
            "divergences": found,
            "KEEP": KEEP,
            "SYNCED": SYNCED,
        },
    )


def disabled_translation(instance: Any) -> Translation | None:
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=False,
    ).first()


def resync(request: HttpRequest, translation_id: int) -> HttpResponse:
    """Apply the translator's choices, then switch sync back on."""
    translation, instance = editable_translation(request, translation_id, enabled=False)
    edit_url = translation.get_target_instance_edit_url()
    if request.method != "POST":
        return redirect(edit_url)
    kept = 0
    with transaction.atomic():
        for divergence in divergences(translation):
            if request.POST.get(f"choice-{divergence.segment.pk}", KEEP) != KEEP:
                continue
            segment = divergence.segment
            StringTranslation.objects.update_or_create(
                translation_of_id=segment.string_id,
                locale_id=translation.target_locale_id,
                context_id=segment.context_id,
                defaults={
                    "data": divergence.edited,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "",
                    "last_translated_by": request.user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            kept += 1
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    messages.success(
        request,
        ngettext(
            "Synced translation restarted; %(count)s of your own edits kept.",
            "Synced translation restarted; %(count)s of your own edits kept.",
            kept,
        )
        % {"count": kept},
    )
    if isinstance(instance, Page):
        return redirect("wagtailadmin_pages:edit", instance.pk)
    return redirect(edit_url)
