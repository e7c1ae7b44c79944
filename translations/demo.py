"""The translations section's part of the demo: the municipality's glossary (LANGUAGE.md) in
Albanian, translated into Serbian and English through wagtail-localize like any snippet, and a
new page not translated yet, so that the translation queue has work in it (the bulletin's demo
leaves a correction to translate too)."""

from wagtail.models import Locale, Page

from home.models import StandardPage
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
    _untranslated_page(home, locales)


UNTRANSLATED = {
    "title": "Orari i pritjes së qytetarëve",
    "slug": "orari-i-pritjes",
    "intro": (
        "Kryetari i Komunës i pret qytetarët çdo të mërkurë nga ora 10:00 deri në ora 12:00; "
        "drejtorët e departamenteve çdo të enjte."
    ),
}


def _untranslated_page(home: Page, locales: dict[str, Locale]) -> None:
    """A page just published in Albanian: "missing" in Serbian and English in the queue."""
    about = Page.objects.filter(locale=locales[SOURCE], slug="rreth-komunes").first()
    parent = about or home
    if Page.objects.filter(locale=locales[SOURCE], slug=UNTRANSLATED["slug"]).exists():
        return
    page = StandardPage(locale=locales[SOURCE], **UNTRANSLATED)
    parent.add_child(instance=page)
    page.save_revision().publish()
