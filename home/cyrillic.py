"""Serbian in Cyrillic script, derived from the Serbian (Latin) content when it is served.

The municipality writes Serbian in Latin script; part of its public reads Cyrillic. Serbian
Latin maps onto Cyrillic letter for letter (three digraphs make one letter each), so the
Cyrillic edition is a transliteration of the ``sr-latn`` pages and interface, not a
translation: it is no content language, translators never see it, and it is never out of date.

What must stay Latin stays Latin: URLs, e-mail addresses, domain, file and path names, codes
such as "03/L-040", acronyms (PDF, API), names kept in their original spelling
(``settings.SERBIAN_CYRILLIC_KEEP_LATIN``) and words with letters Serbian does not have (q, w,
x, y, ë, ç ...). In HTML only text and human-readable attributes change, never markup or
addresses, and elements in another language, marked ``translate="no"``, or holding code are
left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import cyrtranslit
from django.conf import settings

#: The edition's URL prefix and the API's ``locale`` value.
CODE = "sr-cyrl"
#: The content locale it is transliterated from.
SOURCE = "sr-latn"
#: Its BCP 47 tag, for ``<html lang>`` and ``hreflang``.
BCP47 = "sr-Cyrl"
#: Its name in the language switcher, written in the script it offers (like "Shqip").
NAME = "Српски (ћирилица)"

_PREFIX = f"/{CODE}"
_SOURCE_PREFIX = f"/{SOURCE}"


def enabled() -> bool:
    """Whether the Cyrillic edition is served (``SERBIAN_CYRILLIC``, and Serbian is a content
    language at all)."""
    return bool(getattr(settings, "SERBIAN_CYRILLIC", False)) and SOURCE in dict(settings.LANGUAGES)


# --- Addresses --------------------------------------------------------------------------


def is_cyrillic_path(path: str) -> bool:
    return path == _PREFIX or path.startswith(_PREFIX + "/")


def latin_path(path: str) -> str:
    """``/sr-cyrl/o-opstini/`` → ``/sr-latn/o-opstini/``: slugs are the Latin page's own."""
    return _SOURCE_PREFIX + path[len(_PREFIX) :] if is_cyrillic_path(path) else path


def cyrillic_url(url: str, hosts: Iterable[str] = ()) -> str:
    """A link to a Serbian (Latin) page of this site, made to lead to its Cyrillic edition.

    Relative links and absolute ones on ``hosts`` (this site's) change; anything else (other
    languages, other sites, ``mailto:``) is returned as it is.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https"):
        return url
    if parts.netloc and parts.netloc not in hosts:
        return url
    if not (parts.path == _SOURCE_PREFIX or parts.path.startswith(_SOURCE_PREFIX + "/")):
        return url
    path = _PREFIX + parts.path[len(_SOURCE_PREFIX) :]
    return urlunsplit(parts._replace(path=path))


# --- Which request asked for it ----------------------------------------------------------

_FLAG = "serbian_cyrillic"


def mark(request: Any) -> None:
    """Remember that this request is served in Cyrillic (the URL no longer says so once it
    has been mapped to the Latin page)."""
    setattr(request, _FLAG, True)


def is_requested(request: Any) -> bool:
    return bool(getattr(request, _FLAG, False))


# --- Words --------------------------------------------------------------------------------

_SERBIAN_LATIN = frozenset("abcčćdđefghijklmnoprsštuvzž" + "ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ")

# Where a prefix meets a root, two letters that usually make one Cyrillic letter stay two:
# nad|živeti → наджи-, not наџи-; in|jekcija → инј-, not ињ-. (prefix, letters it keeps)
_SPLIT_DIGRAPHS: tuple[tuple[str, int], ...] = (
    ("nadž", 3),
    ("podž", 3),
    ("odž", 2),
    ("injek", 2),
    ("konjug", 3),
    ("konjunk", 3),
    ("vanjezič", 3),
)
# ... but these words begin with a real џ: оџак, оџаци, оџачар (Turkish loans), наџак.
_REAL_DIGRAPHS = ("odžak", "odžac", "odžač", "nadžak", "nadžac")
# cyrtranslit reads "Lj", "Nj", "Dž" as one letter but "LJ", "NJ", "DŽ" (capitals) as two.
_CAPITAL_DIGRAPH = re.compile("LJ|NJ|DŽ")


def _is_foreign_letter(char: str) -> bool:
    return (
        char.isalpha()
        and char not in _SERBIAN_LATIN
        and unicodedata.name(char, "").startswith("LATIN")
    )


def _letters(word: str) -> str:
    word = _CAPITAL_DIGRAPH.sub(lambda match: match.group()[0] + match.group()[1].lower(), word)
    return str(cyrtranslit.to_cyrillic(word, "sr"))


@lru_cache(maxsize=8192)
def transliterate_word(word: str) -> str:
    """One word of letters, Serbian Latin → Serbian Cyrillic.

    A word with a letter Serbian does not have (Quiz, Çerkini, Wagtail) is foreign and
    keeps its spelling.
    """
    # "Ð" (Icelandic eth) is a common stand-in for "Đ" on keyboards without it.
    word = word.replace("Ð", "Đ").replace("ð", "đ")
    if any(_is_foreign_letter(char) for char in word):
        return word
    lower = word.lower()
    if not lower.startswith(_REAL_DIGRAPHS):
        for prefix, keep in _SPLIT_DIGRAPHS:
            if lower.startswith(prefix):
                return _letters(word[:keep]) + _letters(word[keep:])
    return _letters(word)


# --- Text ---------------------------------------------------------------------------------

_TLDS = "com|org|net|info|edu|gov|int|eu|rs|ks|al|me|mk|ba|hr|de|at|ch|io|app"
_FILE_EXTENSIONS = "pdf|docx?|xlsx?|pptx?|od[tsp]|csv|txt|rtf|jpe?g|png|gif|svg|webp|zip|html?"
# Spans kept exactly as written, tried in this order at each position.
_LATIN_SPANS = (
    r"&(?:\#[0-9]+|\#x[0-9a-f]+|[a-z][a-z0-9]*);",  # character references
    r"(?:https?|ftp)://[^\s<>\"']+",  # URLs
    r"www\.[^\s<>\"']+",
    r"(?:mailto|tel):[^\s<>\"']+",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
    rf"(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS}|{_FILE_EXTENSIONS})\b",  # domains, files
    r"(?<![\w/.])/[\w.~%-]+(?:/[\w.~%-]*)*",  # paths such as /api/v3/captcha/
)
# A word, or words joined by "-" or "/" (veb-stranica, 03/L-040, OEBS-a).
_WORDS = r"\w+(?:[-/]\w+)*"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Several words in capitals are shouting or a heading, not acronyms: "JAVNE DEBATE".
_CAPITALS_RUN = re.compile(r"(?<![\w-])[A-ZČĆĐŠŽ]{2,}(?:[ \t]+[A-ZČĆĐŠŽ]{2,})+(?![\w-])")
_ANY_LATIN_LETTER = re.compile(r"[A-Za-zČčĆćĐđŠšŽžÐð]")


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    cyrillic_acronyms: frozenset[str]


@lru_cache(maxsize=8)
def _rules(keep_latin: tuple[str, ...], cyrillic_acronyms: tuple[str, ...]) -> _Rules:
    spans = list(_LATIN_SPANS)
    if keep_latin:
        # A kept name keeps its Latin ending too ("Facebooku"); after a hyphen the ending is
        # Serbian and is transliterated ("Facebook-у").
        names = "|".join(re.escape(name) for name in sorted(keep_latin, key=len, reverse=True))
        spans.append(rf"(?<![\w-])(?:{names})\w*")
    pattern = re.compile(
        rf"(?P<latin>{'|'.join(spans)})|(?P<words>{_WORDS})", re.IGNORECASE | re.UNICODE
    )
    return _Rules(pattern, frozenset(word.upper() for word in cyrillic_acronyms))


def _current_rules() -> _Rules:
    # The other languages' own names ("English" in a choice of languages) are no Serbian words.
    autonyms = [name for code, name in settings.LANGUAGES if not code.startswith("sr")]
    return _rules(
        tuple(getattr(settings, "SERBIAN_CYRILLIC_KEEP_LATIN", ())) + tuple(autonyms),
        tuple(getattr(settings, "SERBIAN_CYRILLIC_ACRONYMS", ())),
    )


def _is_acronym(letters: str, rules: _Rules) -> bool:
    """PDF, API, USAID, II: short, in capitals, and only letters English has too (a word in
    capitals with č, ć, đ, š or ž, such as VAŽNO, is Serbian)."""
    return (
        2 <= len(letters) <= 5
        and letters.isupper()
        and letters.isascii()
        and letters not in rules.cyrillic_acronyms
    )


def _words(token: str, shouting: bool, rules: _Rules) -> str:
    has_digit = any(char.isdigit() for char in token)

    def letters(match: re.Match[str]) -> str:
        run = match.group()
        if has_digit and run.isupper():
            return run  # a code: 03/L-040, A4, COVID-19
        if not shouting and _is_acronym(run, rules):
            return run
        return transliterate_word(run)

    return _LETTER_RUN.sub(letters, token)


def to_cyrillic(text: str) -> str:
    """Plain text, Serbian Latin → Serbian Cyrillic, keeping what must stay Latin."""
    if not text or not _ANY_LATIN_LETTER.search(text):
        return text
    rules = _current_rules()
    shouting = [match.span() for match in _CAPITALS_RUN.finditer(text)]

    def replace(match: re.Match[str]) -> str:
        if match.lastgroup == "latin":
            return match.group()
        start = match.start()
        loud = any(begin <= start < end for begin, end in shouting)
        return _words(match.group(), loud, rules)

    return rules.pattern.sub(replace, text)


# --- HTML ---------------------------------------------------------------------------------

# Elements whose content is never transliterated: code and what the visitor typed.
_LEAVE_ELEMENTS = frozenset(
    {"code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math"}
)
_VOID_ELEMENTS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# Attributes people read (or hear from a screen reader).
_TEXT_ATTRIBUTES = frozenset(
    {"title", "alt", "aria-label", "aria-description", "aria-placeholder", "placeholder", "label"}
)
_META_TEXT = frozenset({"description", "og:title", "og:description", "twitter:title"})
_BUTTON_INPUTS = frozenset({"submit", "button", "reset"})
_LINK_ATTRIBUTES = frozenset({"href", "action", "formaction"})


def _is_other_language(lang: str | None) -> bool:
    """``lang`` names a language other than Serbian (Serbian in Latin script included: an
    element that says "sr-Latn" is Serbian text and becomes Cyrillic with the page)."""
    if lang is None:
        return False
    return lang.split("-")[0].strip().lower() != "sr"


class _HTMLTransliterator(HTMLParser):
    def __init__(self, text: Callable[[str], str], url: Callable[[str], str]) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.url = url
        self.out: list[str] = []
        # The element being left alone, and how deeply it is nested in itself.
        self.leaving: str | None = None
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        raw = self.get_starttag_text() or ""
        values = dict(attrs)
        if self.leaving is not None:
            if tag == self.leaving and not closed:
                self.depth += 1
            leave = True
        else:
            leave = (
                tag in _LEAVE_ELEMENTS
                or (values.get("translate") or "").lower() == "no"
                or _is_other_language(values.get("lang"))
            )
            if leave and not closed and tag not in _VOID_ELEMENTS:
                self.leaving, self.depth = tag, 1
        changed = False
        new_attrs: list[tuple[str, str | None]] = []
        for name, value in attrs:
            new = value if value is None else self._attribute(tag, values, name, value, leave)
            changed = changed or new != value
            new_attrs.append((name, new))
        if not changed:
            self.out.append(raw)
            return
        serialized = "".join(
            f" {name}" if value is None else f' {name}="{escape(value)}"'
            for name, value in new_attrs
        )
        self.out.append(f"<{tag}{serialized}{' /' if raw.endswith('/>') else ''}>")

    def _attribute(
        self, tag: str, values: dict[str, str | None], name: str, value: str, leave: bool
    ) -> str:
        # Links lead to the Cyrillic edition wherever they are, except those that say which
        # language they lead to (the language switcher, hreflang alternates).
        if name in _LINK_ATTRIBUTES:
            return value if "hreflang" in values else self.url(value)
        if leave:
            return value
        if name == "lang":
            return BCP47
        if name in _TEXT_ATTRIBUTES:
            return self.text(value)
        if name == "content" and tag == "meta":
            kind = (values.get("name") or values.get("property") or "").lower()
            return self.text(value) if kind in _META_TEXT else value
        if name == "value" and tag == "input":
            kind = (values.get("type") or "").lower()
            return self.text(value) if kind in _BUTTON_INPUTS else value
        return value

    def handle_endtag(self, tag: str) -> None:
        if tag == self.leaving:
            self.depth -= 1
            if self.depth == 0:
                self.leaving = None
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data if self.leaving is not None else self.text(data))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def html_to_cyrillic(html: str, hosts: Iterable[str] = ()) -> str:
    """An HTML document or fragment in Serbian Latin, with its text in Cyrillic and its links
    to Serbian pages of this site (relative, or on ``hosts``) leading to the Cyrillic edition.
    Serbian ``lang`` attributes become ``sr-Cyrl``."""
    own_hosts = frozenset(hosts)
    parser = _HTMLTransliterator(to_cyrillic, lambda url: cyrillic_url(url, own_hosts))
    parser.feed(html)
    parser.close()
    return "".join(parser.out)
