"""The translations section's part of the demo: the municipality's glossary (LANGUAGE.md) in
Albanian, translated into Serbian and English through wagtail-localize like any snippet."""

from wagtail.models import Locale, Page

from services.demo import SOURCE, translate_all
from translations.glossary_data import TERMS
from translations.models import GlossaryTerm


def load_demo(home: Page, locales: dict[str, Locale]) -> None:
    """Idempotent: an existing term is kept, and only its missing translations are made."""
    for row in TERMS:
        source = row[SOURCE]
        term, _created = GlossaryTerm.objects.get_or_create(
            locale=locales[SOURCE], term=source["term"], defaults={"note": source["note"]}
        )
        translate_all(term, {code: dict(version) for code, version in row.items()}, locales)
