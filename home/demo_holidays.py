"""The demo calendar's municipal and international days (``demo_data/marked_days.toml``),
translated with wagtail-localize. Idempotent: a day already there is kept as an editor may
have changed it; a missing translation is made."""

from __future__ import annotations

import uuid

from wagtail.models import Locale

from home.calendar_days import MarkedDay
from services.demo import LANGUAGES, SOURCE, read_data, translate_all


def _translation_key(key: str) -> uuid.UUID:
    # Stable: the same demo day is found again on a rerun, whatever its name became.
    return uuid.uuid5(uuid.NAMESPACE_URL, f"klokot-demo/marked-day/{key}")


def load(locales: dict[str, Locale]) -> None:
    for spec in read_data(__file__, "marked_days.toml")["day"]:
        source = spec[SOURCE]
        day, _created = MarkedDay.objects.get_or_create(
            translation_key=_translation_key(spec["key"]),
            locale=locales[SOURCE],
            defaults={
                "name": source["name"],
                "description": source["description"],
                "kind": spec["kind"],
                "date": spec["date"],
                "every_year": spec["every_year"],
                "day_off": spec["day_off"],
            },
        )
        texts = {
            code: {"name": spec[code]["name"], "description": spec[code]["description"]}
            for code in LANGUAGES
        }
        translate_all(day, texts, locales)
