"""Every citizen-facing string exists in sq, sr-latn and en, in Latin script."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def test_there_is_a_catalog_per_language():
    assert sorted(path.parts[-3] for path in CATALOGS) == ["en", "sq", "sr_Latn"]


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parts[-3])
def test_catalog_has_no_empty_or_fuzzy_entries(path):
    catalog = polib.pofile(str(path))
    assert len(catalog) > 50
    problems = [entry.msgid for entry in catalog if entry.fuzzy or entry.obsolete]
    problems += [
        entry.msgid
        for entry in catalog
        if (not entry.msgstr and not entry.msgid_plural)
        or (entry.msgid_plural and not all(entry.msgstr_plural.values()))
    ]
    assert problems == []


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parts[-3])
def test_compiled_catalog_matches_the_source(path):
    # The same msgid can mean different things in different contexts ("note").
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(path))
        if not entry.msgid_plural
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(path.with_suffix(".mo")))
    }
    assert {k: v for k, v in compiled.items() if k in source} == source


def test_serbian_is_written_in_latin_script():
    catalog = polib.pofile(str(ROOT / "locale/sr_Latn/LC_MESSAGES/django.po"))
    cyrillic = [entry.msgstr for entry in catalog if CYRILLIC.search(entry.msgstr)]
    assert cyrillic == []
