"""Which of the municipality's terms a text uses, for the panel beside wagtail-localize's
translation editor (``translations/editor_glossary.html``).

How a term is found in the source text:

- case-insensitively, and only as whole words ("komuna" is not found inside "komunale");
- each of its forms (``GlossaryTerm.forms``: the term field split at semicolons);
- with inflection: Albanian and Serbian nouns change their endings with case, number and
  definiteness ("Kuvendi Komunal", "Kuvendit Komunal", "Kuvendin Komunal"; "Skupština opštine",
  "Skupštini opštine"). Each word of a form is also reduced to a stem by removing the shortest
  ending of its language that leaves at least three letters, and a word of the text matches
  when it is the word or the stem followed by one ending of that language ("Komunës" is
  "Komun" + "ës"). Only whole endings from a closed list count, so "komuna" does not match
  "komunal" (a different word), and a stem never shrinks below three letters;
- Albanian's linking particles (i, e, të, së) stand for one another, since they follow the case
  of the noun before them: "Kryetari i Komunës", "Kryetarit të Komunës";
- the words of a form may be separated by spaces or a little punctuation ("Ekonomisë,
  Financave"), never across two segments of the source.

This is deliberately simple (no dictionary, no stemming library for Albanian exists that we
could pin): it can miss a form with a changed stem (Serbian "knjiga" / "knjizi") and rarely
find a false friend; the panel is a reminder for the translator, not a check.

Three queries whatever the text's length: the source's strings, the glossary in the source
language, and the terms' versions in the target language.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment, Translation

from translations.models import GlossaryTerm


def _words(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


#: Inflectional endings by language (the part of the locale code before "-").
ENDINGS: dict[str, tuple[str, ...]] = {
    "sq": _words("ëve eve ave ës ën së në të it in ut un et at ët ja je ve a e ë i u t n s"),
    "sr": _words("ima ama ovi ova ove evi eva eve ega emu ome omu oga om em og oj ih im a e i o u"),
    "en": _words("y's y’s ies 's ’s es y s"),
}
#: Albanian's linking particles, which change with the case of the noun before them.
PARTICLES: dict[str, frozenset[str]] = {"sq": frozenset({"i", "e", "të", "së"})}
#: A stem keeps at least this many letters.
MIN_STEM = 3
#: At most this much space and punctuation between two words of a term (segments are joined
#: with more, so a term is never found across two of them).
GAP = r"\W{1,3}"
SEGMENT_SEPARATOR = "\n" * 4


@dataclass(frozen=True)
class GlossaryEntry:
    """A term found in the source text, with its version in the target language (if any)."""

    source: GlossaryTerm
    target: GlossaryTerm | None

    @property
    def note_from_target(self) -> bool:
        # The target language's note says how to write the term in that language (what not to
        # use there); the source's stands in until the term is translated.
        return self.target is not None and bool(self.target.note)

    @property
    def note(self) -> str:
        if self.target is not None and self.note_from_target:
            return self.target.note
        return self.source.note


def language_of(locale_code: str) -> str:
    return locale_code.lower().split("-")[0]


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _stem(word: str, endings: tuple[str, ...]) -> str:
    lowered = word.lower()
    # The shortest ending: a longer one can eat into the stem ("ankesë" is "ankes" + "ë", not
    # "anke" + "së", which would also find "anketë", a survey).
    for ending in sorted(endings, key=len):
        if lowered.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def _word_pattern(word: str, language: str) -> str:
    particles = PARTICLES.get(language, frozenset())
    if word.lower() in particles:
        return "(?:" + "|".join(re.escape(p) for p in sorted(particles)) + ")"
    endings = ENDINGS.get(language, ())
    stem = _stem(word, endings)
    bases = sorted({re.escape(word), re.escape(stem)}, key=len, reverse=True)
    # An abbreviation takes its endings after a hyphen: "MAPL-ja", "OJQ-të".
    suffix = "(?:-?(?:" + "|".join(re.escape(e) for e in endings) + "))?" if endings else ""
    return "(?:" + "|".join(bases) + ")" + suffix


@lru_cache(maxsize=2048)
def form_pattern(form: str, language: str) -> re.Pattern[str] | None:
    """The regular expression finding one form of a term in a text of ``language``."""
    words = re.findall(r"\w+", _normalise(form))
    if not words:
        return None
    body = GAP.join(_word_pattern(word, language) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def first_position(term: GlossaryTerm, text: str, language: str) -> int | None:
    """Where the earliest of the term's forms occurs in ``text``, or None."""
    positions = []
    for form in term.forms:
        pattern = form_pattern(form, language)
        found = pattern.search(text) if pattern is not None else None
        if found is not None:
            positions.append(found.start())
    return min(positions) if positions else None


def source_text(translation: Translation) -> str:
    """The text being translated: its segments in order, as plain text, kept apart."""
    strings = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .order_by("order")
        .values_list("string__data", flat=True)
    )
    # Rich text segments are HTML (inline tags and entities).
    return SEGMENT_SEPARATOR.join(_normalise(html.unescape(strip_tags(data))) for data in strings)


def terms_in(text: str, terms: list[GlossaryTerm], language: str) -> list[GlossaryTerm]:
    """The terms found in ``text``, in the order the text first uses them."""
    found = []
    for term in terms:
        position = first_position(term, text, language)
        if position is not None:
            found.append((position, term.term.lower(), term))
    return [term for _position, _key, term in sorted(found, key=lambda row: row[:2])]


def glossary_for(translation: Translation) -> list[GlossaryEntry]:
    """The glossary entries for the panel of ``translation``'s editor."""
    source_locale = translation.source.locale
    text = source_text(translation)
    if not text.strip():
        return []
    terms = list(GlossaryTerm.objects.filter(locale_id=source_locale.pk))
    found = terms_in(text, terms, language_of(source_locale.language_code))
    targets = {
        term.translation_key: term
        for term in GlossaryTerm.objects.filter(
            locale_id=translation.target_locale_id,
            translation_key__in=[term.translation_key for term in found],
        )
    }
    return [GlossaryEntry(term, targets.get(term.translation_key)) for term in found]
