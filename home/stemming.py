"""Words as the site search compares them: lowercased, stemmed in their language, folded.

Citizens type "ankesa" and the page says "ankesave"; they type "strategji" and the page says
"strategjisë"; they type "prituzba" without the diacritics. The search index therefore holds,
beside each text, its words reduced to a stem and folded to plain letters (``ë`` → ``e``,
``š`` → ``s``, ``đ`` → ``dj``), and a query is reduced the same way and matched as a prefix.

- Serbian and English: the Snowball stemmers (``snowballstemmer``).
- Albanian: Snowball has none; a light stripper of the definite and case endings
  (-it, -in, -ës/-së, -ave, -ët, ...) and, for the rest, prefix matching.

Only letters a-z and digits come out, so SQLite's FTS5 and PostgreSQL's 'simple' text search
configuration cut the same words: both backends find the same pages.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import snowballstemmer

#: Shorter stems are matched as whole words: "e*" or "i*" would match nearly every page.
MIN_PREFIX = 3

_WORD = re.compile(r"\w+", re.UNICODE)
_LETTERS = str.maketrans({"đ": "dj", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "_": " "})
# Not "e": "ankesë" is "ankes" + "ë", while "-së" follows other vowels (strategji-së).
_VOWELS = frozenset("aiouy")

# Albanian endings, longest first; True where the ending only follows a vowel (strategji-së,
# strategji-në, shtëpi-ve), so that "ankesë" keeps its "s".
_ALBANIAN_ENDINGS: tuple[tuple[str, bool], ...] = (
    ("ave", False),
    ("eve", False),
    ("ve", True),
    ("se", True),
    ("ne", True),
    ("te", True),
    ("es", False),
    ("en", False),
    ("in", False),
    ("un", False),
    ("it", False),
    ("ut", False),
    ("et", False),
    ("at", False),
    ("a", False),
    ("e", False),
    ("i", False),
    ("u", False),
)
_ALBANIAN_MIN_STEM = 3


def fold(text: str) -> str:
    """Lowercase ASCII letters and digits: diacritics dropped, "đ" as "dj"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    return "".join(
        char for char in decomposed if char.isascii() and (char.isalnum() or char == " ")
    )


def albanian_stem(word: str) -> str:
    """``word`` (lowercase) without its definite or case ending: ankesave, ankesës → ankes;
    strategjisë, strategjinë → strategji; partnerët → partner."""
    folded = fold(word)
    for ending, after_vowel in _ALBANIAN_ENDINGS:
        stem = folded[: -len(ending)]
        if (
            folded.endswith(ending)
            and len(stem) >= _ALBANIAN_MIN_STEM
            and (not after_vowel or stem[-1] in _VOWELS)
        ):
            return stem
    return folded


@cache
def _snowball(algorithm: str) -> Callable[[str], str]:
    return snowballstemmer.stemmer(algorithm).stemWord


def stemmer(language: str | None) -> Callable[[str], str]:
    """The stemmer of a language code (``sq``, ``sr-latn``, ``en``, ...); other languages get
    their words folded only."""
    base = (language or "").split("-")[0].lower()
    if base == "sq":
        return albanian_stem
    if base == "sr":
        return _snowball("serbian")
    if base == "en":
        return _snowball("english")
    return fold


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _forms(word: str, stem: Callable[[str], str]) -> set[str]:
    """The folded word and its folded stem, the stem taken with and without the diacritics
    (a Snowball stemmer strips "-om" from "opštinom" and from "opstinom" alike, but not every
    ending survives folding), so that a word typed either way meets the page's."""
    folded = fold(word)
    return {*folded.split(), *fold(stem(word)).split(), *fold(stem(folded)).split()}


def index_text(text: str, language: str | None) -> str:
    """What the index holds beside ``text``: each word folded, and its folded stems."""
    stem = stemmer(language)
    return " ".join(term for word in words(text) for term in sorted(_forms(word, stem)))


def query_terms(query: str, language: str | None) -> list[list[tuple[str, bool]]]:
    """For each word of ``query``: the (term, is_prefix) alternatives that match it (its
    folded forms, a longer prefix dropped where a shorter one covers it)."""
    stem = stemmer(language)
    groups: list[list[tuple[str, bool]]] = []
    for word in words(query):
        chosen: list[tuple[str, bool]] = []
        for term in sorted(_forms(word, stem), key=lambda term: (len(term), term)):
            if any(prefix and term.startswith(kept) for kept, prefix in chosen):
                continue
            chosen.append((term, len(term) >= MIN_PREFIX))
        if chosen:
            groups.append(chosen)
    return groups
