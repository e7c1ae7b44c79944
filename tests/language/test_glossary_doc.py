"""The glossary as data (translations/glossary_data.py) is docs/LANGUAGE.md's table, row by row:
the terms a translator sees in the workspace are the terms the style guide gives."""

from __future__ import annotations

import re

from tests.language.texts import ROOT
from translations.glossary_data import TERMS

DOC = ROOT / "docs" / "LANGUAGE.md"
# The table's last three rows list several unrelated terms; the data has one entry per term.
SPLIT_ROWS = {38: 3, 39: 2, 40: 5}


def _rows() -> list[dict[str, str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\|\s*(\d+)\s*\|(.*)\|\s*$", line)
        if match:
            english, sq, sr, note = (cell.strip() for cell in match.group(2).split("|"))
            rows.append({"n": match.group(1), "en": english, "sq": sq, "sr-latn": sr, "note": note})
    return rows


def _forms(cell: str) -> list[str]:
    """The terms of a cell: bold and plain, parentheses and pl. markers dropped."""
    cell = re.sub(r"\*\*", "", cell)
    cell = re.sub(r"\bpl\.\s*", "", cell)
    cell = re.sub(r"[()]", ";", cell)
    return [form.strip().lower() for form in cell.split(";") if form.strip()]


def _words(text: str) -> set[str]:
    """Its words, without a law's number ("Law No. 03/L-040 on ...", which the English cell
    leaves out)."""
    words = {word.lower() for word in re.findall(r"[\w-]+", text)}
    return {word for word in words if not re.search(r"\d", word) and word not in {"no"}}


def _entries_for_rows() -> list[tuple[dict[str, str], list[dict]]]:
    rows, entries, pairs = _rows(), list(TERMS), []
    for row in rows:
        count = SPLIT_ROWS.get(int(row["n"]), 1)
        pairs.append((row, entries[:count]))
        entries = entries[count:]
    assert entries == [], "glossary entries the table does not have"
    return pairs


def test_the_table_has_its_forty_rows_and_the_data_one_entry_per_term():
    assert [int(row["n"]) for row in _rows()] == list(range(1, 41))
    assert len(TERMS) == 40 - len(SPLIT_ROWS) + sum(SPLIT_ROWS.values())


def test_every_bold_term_of_the_table_is_in_its_glossary_entry():
    """The table's bold terms are the municipality's own (the strategy's spelling)."""
    missing = []
    for row, entries in _entries_for_rows():
        for language in ("sq", "sr-latn"):
            data = " ; ".join(entry[language]["term"] for entry in entries).lower()
            for bold in re.findall(r"\*\*(.+?)\*\*", row[language]):
                for form in _forms(bold):
                    if form not in data:
                        missing.append(f"row {row['n']} {language}: {form!r} not in {data!r}")
    assert missing == []


def test_every_term_of_the_data_is_in_the_table():
    """Word for word: the data spells out what the table abbreviates ("Skupština opštine
    (Klokot)" is "Skupština opštine; Skupština opštine Klokot"), and may take the English
    abbreviation from the note ("en MLGA")."""
    extra = []
    for row, entries in _entries_for_rows():
        for language in ("sq", "sr-latn", "en"):
            cell = _words(row[language] + " " + row["note"])
            for entry in entries:
                for form in entry[language]["term"].split(";"):
                    if not _words(form) <= cell:
                        extra.append(f"row {row['n']} {language}: {form.strip()!r}")
    assert extra == []
