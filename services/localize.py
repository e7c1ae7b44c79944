"""What plugins and sections ask of wagtail-localize's records, written once."""

from typing import Any

from django.db.models import Exists, OuterRef
from wagtail_localize.models import StringTranslation


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
