"""What a machine can check of docs/LANGUAGE.md, over the catalogs and the demo content.

Each rule has a test over the project catalogs (sq, sr_Latn, en) and, where it applies to
running text, one over the demo content (tests/language/texts.py finds it: the TOML data
files and the demo modules).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable

import pytest

from tests.language.texts import ROOT, Text, catalog, catalog_texts, demo_texts, toml_texts
from translations.glossary_data import TERMS

SQ, SR, EN = "sq", "sr-latn", "en"


def _catalog(language: str) -> list[Text]:
    folder = {SQ: "sq", SR: "sr_Latn", EN: "en"}[language]
    return list(catalog_texts(folder))


def _demo(language: str) -> list[Text]:
    return [text for text in demo_texts() if text.language == language]


def _problems(texts: Iterable[Text], pattern: re.Pattern[str]) -> list[str]:
    return [
        f"{t.where}: {m.group(0)!r} in {t.text!r}" for t in texts for m in pattern.finditer(t.text)
    ]


def test_demo_data_files_are_read_by_language(tmp_path):
    """The TOML data files the demo is moving to: a table per language, a key's language
    suffix, or a file per language."""
    (tmp_path / "page.toml").write_text(
        '[sq]\ntitle = "Bilteni"\n[sr-latn]\ntitle = "Bilten"\n[item]\nintro_en = "News"\n',
        encoding="utf-8",
    )
    (tmp_path / "page.sq.toml").write_text('title = "Drejtoria"\n', encoding="utf-8")
    found = [(t.language, t.text) for p in sorted(tmp_path.iterdir()) for t in toml_texts(p)]
    assert sorted(found) == [
        ("en", "News"),
        ("sq", "Bilteni"),
        ("sq", "Drejtoria"),
        ("sr-latn", "Bilten"),
    ]


def test_the_demo_content_is_found():
    # The lint reads the demo wherever it lives: if it found nothing, it would pass blindly.
    texts = demo_texts()
    for language in (SQ, SR, EN):
        assert len([t for t in texts if t.language == language]) > 100


# --- Script and variety --------------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04FF]+")
# Ijekavian and Croatian forms (docs/LANGUAGE.md, "Script and variety"), as word stems.
IJEKAVIAN = re.compile(
    r"\b(?:prije|\w*(?:vrijem|mjesec|mjest|cijen|rijek|bijel|lijep|mlijek|primjer|"
    r"obavješt|odjelj|vijest|uvijek|svijet|sjedni|cjel|sljede|poslije|nedjelj|djec|cijel|"
    r"mjer|pjes|lijev|vjer|općin|tisuć|sudjelov|izbornik)\w*|gdje|ovdje|tko|točk\w*|tjedan\w*|"
    r"spremi|kolovoz)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("texts", [_catalog, _demo], ids=["catalog", "demo"])
def test_serbian_is_latin_and_ekavian(texts):
    serbian = texts(SR)
    assert _problems(serbian, CYRILLIC) == []
    assert _problems(serbian, IJEKAVIAN) == []


def test_the_ijekavian_check_knows_the_forms():
    samples = ["Obavještenje o sjednici", "gdje", "mjesec dana", "Općina", "vrijeme", "tjedan"]
    assert all(IJEKAVIAN.search(sample) for sample in samples)
    ekavian = "Obaveštenje o sednici opštine: mesec, vreme, predlog, nedelja, Spremno, dijaspora"
    assert not IJEKAVIAN.search(ekavian)


# Albanian words with ë or ç, from the glossary and the commonest words of the interface: written
# without them ("Komunes", "eshte"), they are misspelt. Only words whose plain-letter form is no
# Albanian word itself: not "ne", "te", "qe", and not a word whose one ë is its last letter
# ("ankesë": "formular ankese" is right, the indefinite genitive drops the ë).
_COMMON_SQ = (
    "është për një çdo çfarë mirë përgjigje përgjigjen përgjigjes mesazhin tënd ndërsa përmes "
    "përkthim përkthimi shërbim shërbimet shërbimi zgjidhni shkruani dërgo dërgoni fshirë këtë "
    "këtu kërko kërkimi kërkesë faleminderit ruajtjes gjuhë gjuhën fjalëkalimi përmbajtja"
)
_SQ_WORDS = {
    word.lower()
    for source in [*(row["sq"]["term"] for row in TERMS), _COMMON_SQ]
    for word in re.findall(r"\w+", source)
    if re.search("[ëç]", word[:-1], re.IGNORECASE) or "ç" in word.lower()
}
_PLAIN = {word.replace("ë", "e").replace("ç", "c"): word for word in _SQ_WORDS}
_PLAIN = {plain: word for plain, word in _PLAIN.items() if plain not in {"ne", "te", "qe", "se"}}


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _missing_diacritics(texts: Iterable[Text]) -> list[str]:
    # Slugs are plain ASCII by design ("rreth-komunes").
    return [
        f"{t.where}: {word!r} (write {_PLAIN[word.lower()]!r})"
        for t in texts
        if not SLUG.match(t.text)
        for word in re.findall(r"\w+", t.text)
        if word.lower() in _PLAIN
    ]


@pytest.mark.parametrize("texts", [_catalog, _demo], ids=["catalog", "demo"])
def test_albanian_words_keep_their_e_and_c(texts):
    assert len(_PLAIN) > 40
    assert _missing_diacritics(texts(SQ)) == []


def test_the_diacritics_check_knows_the_glossary():
    flagged = _missing_diacritics([Text(SQ, "Kryetari i Komunes: kerkese per sherbimet", "t")])
    assert len(flagged) == 4
    assert (
        _missing_diacritics([Text(SQ, "formular ankese", "t"), Text(SQ, "rreth-komunes", "t")])
        == []
    )


# --- The glossary's terms, not their rejected alternatives ---------------------------------------

# A short deny-list per language (docs/LANGUAGE.md, glossary notes): what was written instead of
# the municipality's term.
DENIED = {
    SQ: {
        "drejtoria (a directorate): departamenti": re.compile(
            r"\bdrejtori(?:a|në|së|të|ve|)\b(?!\s+i\s+departament)", re.IGNORECASE
        ),
        "bilten (a Serbian loanword): buletini": re.compile(r"\bbilten\w*", re.IGNORECASE),
        "botimi për shtyp (for the press): botimi i shtypur": re.compile(
            r"\bbotim\w*(?: e tij)? për shtyp", re.IGNORECASE
        ),
        "iu është përgjigjur (to them): i është përgjigjur": re.compile(r"\biu është përgjigjur"),
        "çregjistrim: çabonim": re.compile(r"\bçregjistr\w*", re.IGNORECASE),
        "Captcha left in English": re.compile(r"\bCaptcha\b"),
        "Cc: left in English": re.compile(r"\bCc:"),
    },
    SR: {
        "opciono: neobavezno": re.compile(r"\bopcion\w*", re.IGNORECASE),
        "Atom fid: Atom kanal (feed)": re.compile(r"\bfid\b", re.IGNORECASE),
        "direkcija: odeljenje": re.compile(r"\bdirekcij\w*", re.IGNORECASE),
        "gradonačelnik: predsednik opštine": re.compile(r"\bgradonačelni\w*", re.IGNORECASE),
        "Finansirao (does not agree): Finansijer": re.compile(r"^Finansirao$"),
        "Captcha left in English": re.compile(r"\bCaptcha\b"),
        "Cc: left in English": re.compile(r"\bCc:"),
    },
}
# "žalba" is an appeal against a decision (glossary row 31); a complaint about a service is a
# "pritužba" (row 30). A sentence with žalba must be about a decision.
ZALBA = re.compile(r"\bžalb\w*", re.IGNORECASE)
DECISION = re.compile(r"\bodluk\w*|\brešenj\w*", re.IGNORECASE)


def _denied(texts: Iterable[Text], language: str) -> list[str]:
    problems = []
    for text in texts:
        for why, pattern in DENIED[language].items():
            problems += [
                f"{text.where}: {why}: {m.group(0)!r}" for m in pattern.finditer(text.text)
            ]
        if language == SR:
            for sentence in re.split(r"(?<=[.!?;])\s+", text.text):
                if ZALBA.search(sentence) and not DECISION.search(sentence):
                    problems.append(f"{text.where}: žalba for a complaint: pritužba: {sentence!r}")
    return problems


@pytest.mark.parametrize("language", [SQ, SR])
def test_catalogs_use_no_rejected_term(language):
    assert _denied(_catalog(language), language) == []


@pytest.mark.parametrize("language", [SQ, SR])
def test_demo_uses_no_rejected_term(language):
    assert _denied(_demo(language), language) == []


def test_the_deny_list_knows_the_rejected_terms():
    sq = [
        Text(SQ, s, "t") for s in ("Drejtoria e arsimit", "Bilteni", "Komuna iu është përgjigjur")
    ]
    assert len(_denied(sq, SQ)) == 3
    assert _denied([Text(SQ, "drejtori i departamentit", "t")], SQ) == []
    sr = [Text(SR, s, "t") for s in ("Žalbe i predlozi", "Atom fid", "Koordinate (opciono)")]
    assert len(_denied(sr, SR)) == 3
    assert _denied([Text(SR, "Žalba na odluku podnosi se ministarstvu.", "t")], SR) == []


# Where the English source names a glossary term, the translation uses the glossary's term (its
# stem, to allow for the case endings). Each row names its glossary entry, so the two stay one.
GLOSSARY_USE = [
    # (English in the msgid, the glossary's English term, sq stem, sr stem)
    (r"\bcomplaints?\b", "complaint", "ankes", "pritužb"),
    (r"\bdepartments?\b", "department", "departament", "odeljenj"),
    (r"\bbulletin\b", "information bulletin", "buletin", "bilten"),
    (r"\bsuggestions?\b", "suggestion", "sugjerim", "predlo"),
    (r"\bpraise\b", "praise", "lavdërim", "pohval"),
    (r"\bsubscri(?:be|bed|ption|ptions|ber|bers)\b", "subscription", "abon", "pretpla"),
    (r"\bunsubscribe", "unsubscribe", "çabon", "odjav"),
    (r"\btracking code\b", "tracking code", "gjurmim", "za praćenje"),
    (r"\bretention period\b", "retention period", "afati", "rok"),
    (r"\bpersonal data\b", "personal data", "të dhën", "ličn"),
    (r"\blinks?\b", "link", "lidhj", "link"),
    (r"\bmunicipality\b", "municipality", "komun", "opštin"),
    (r"\bAssembly\b", "Municipal Assembly", "Kuvend", "Skupštin"),
    (r"\bInformation Office\b", "Office for Information and Public Relations", "Zyr", "Kancelarij"),
]


def test_glossary_use_rows_name_glossary_terms():
    english = {term.strip() for row in TERMS for term in row["en"]["term"].split(";")}
    assert [row[1] for row in GLOSSARY_USE if row[1] not in english] == []
    forms = {
        language: " ".join(row[code]["term"] for row in TERMS).lower()
        for language, code in ((SQ, "sq"), (SR, "sr-latn"))
    }
    # Each stem is the stem of a glossary form.
    for _pattern, _english, sq, sr in GLOSSARY_USE:
        assert sq.lower() in forms[SQ], sq
        assert sr.lower() in forms[SR], sr


def _words(source: str | None) -> str:
    """The English source without its placeholders ("%(department)s" names no department)."""
    return re.sub(r"%\(\w+\)[sd]", "", source or "")


@pytest.mark.parametrize("language", [SQ, SR])
def test_catalogs_translate_glossary_terms_with_the_glossary(language):
    problems = []
    for text in _catalog(language):
        for pattern, english, sq, sr in GLOSSARY_USE:
            stem = sq if language == SQ else sr
            if re.search(pattern, _words(text.source)) and stem.lower() not in text.text.lower():
                problems.append(f"{text.where}: {english} is {stem!r}…: {text.text!r}")
    assert problems == []


# One term for one meaning across the catalog (terms that changed within one screen).
SAME_TERM = {
    SQ: [
        (r"\bcharacters?\b", "karakter", r"\bshenj"),
        (
            r"\bimage\b.*\b(?:characters?|type)\b|\b(?:characters?|type)\b.*\bimage\b",
            "imazh",
            r"fotografi",
        ),
        (r"\bmedian\b", "median", r"mesatar"),
        (r"\bprint edition\b", "shtypur", r"për shtyp"),
    ],
    SR: [
        (r"\bcharacters?\b", "zna", r"karakter"),
        (r"\boptional\b", "neobavez", r"opcion"),
        (r"\blinks?\b|\blinking\b", "link", r"\bvez[aeiu]\b"),
        (r"\bmedian\b", "medijan", r"srednj"),
    ],
}


@pytest.mark.parametrize("language", [SQ, SR])
def test_one_term_for_one_meaning(language):
    problems = []
    for text in _catalog(language):
        for english, term, other in SAME_TERM[language]:
            if re.search(english, text.source or "", re.IGNORECASE) and (
                term.lower() not in text.text.lower() or re.search(other, text.text, re.IGNORECASE)
            ):
                problems.append(f"{text.where}: {term!r}, not {other!r}: {text.text!r}")
    assert problems == []


def test_unsubscribe_is_one_verb_in_each_form():
    # A button says it short (2sg), a link or an instruction politely (2pl), in one e-mail alike.
    forms = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for folder in ("sq", "sr_Latn")
        for entry in catalog(folder)
        if entry.msgid in {"Unsubscribe", "Subscribe"}
    }
    assert None not in {ctx for ctx, _msgid in forms}, "Unsubscribe/Subscribe need a context"
    sq = {e.msgctxt: e.msgstr for e in catalog("sq") if e.msgid == "Unsubscribe"}
    sr = {e.msgctxt: e.msgstr for e in catalog("sr_Latn") if e.msgid == "Unsubscribe"}
    assert (sq["button"], sq["link"]) == ("Çabonohu", "Çabonohuni")
    assert (sr["button"], sr["link"]) == ("Odjavi se", "Odjavite se")


# --- Address, capitalisation, names --------------------------------------------------------------


def test_serbian_capitalises_the_polite_you():
    # docs/LANGUAGE.md: Vi, Vaš, Vam, Vas whenever one citizen is addressed; "svoj" stays.
    lowercase = re.compile(r"\b(?:vi|vaš\w*|vam|vas)\b")
    assert _problems(_catalog(SR), lowercase) == []


def test_albanian_writes_the_polite_you_lowercase_mid_sentence():
    capital = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:Ju|Juaj|Tuaj|Jush)\b", re.MULTILINE)
    assert _problems(_catalog(SQ), capital) == []


SQ_MONTHS = "Janar|Shkurt|Mars|Prill|Maj|Qershor|Korrik|Gusht|Shtator|Tetor|Nëntor|Dhjetor"
SR_MONTHS = "Januar|Februar|Mart|April|Maj|Jun|Jul|Avgust|Septembar|Oktobar|Novembar|Decembar"
# A month written with a capital after a day or an "of" ("5 Prill", "nr. 1, Prill"), i.e.
# mid-phrase; at the start of a title ("Prill 2019: ...") it is right.
CAPITAL_MONTH = {
    SQ: re.compile(rf"(?:\d\.?|,|\bmë|\bnë|\bderi)\s+(?:{SQ_MONTHS})\b"),
    SR: re.compile(rf"(?:\d\.?|,|\bu|\bdo|\bod)\s+(?:{SR_MONTHS})\b"),
}


@pytest.mark.parametrize("texts", [_catalog, _demo], ids=["catalog", "demo"])
@pytest.mark.parametrize("language", [SQ, SR])
def test_months_are_lowercase_mid_phrase(texts, language):
    assert _problems(texts(language), CAPITAL_MONTH[language]) == []


def test_no_language_name_is_inserted_untranslated():
    # "në Srpski", "na Shqip": the switcher's own names stay out of sentences.
    native = re.compile(r"\b(?:Shqip|Srpski|English)\b")
    for language in (SQ, SR):
        assert _problems(_catalog(language), native) == []


# Personal names keep their own spelling, diacritics included, in every language.
NAMES = ["Božidar Dejanović", "Žarko Dejanović", "Venera Çerkini", "Adrijana Hodžić"]
MISSPELT = re.compile(
    r"\b(?:Bozidar\w*|Zarko\w*|Dejanovic\w*|Cerkini|Adriana|Hodzi[cć]\w*|Hodžic\w*)\b"
)


def test_demo_spells_personal_names_as_they_are():
    assert _problems(demo_texts(), MISSPELT) == []


def test_the_name_check_knows_the_names():
    assert not any(MISSPELT.search(name) for name in NAMES)
    assert MISSPELT.search("Adriana Hodzić") and MISSPELT.search("Bozidar Dejanovic")


# --- Typography ---------------------------------------------------------------------------------


def _quotes(texts: Iterable[Text], language: str) -> list[str]:
    """sq and sr: „…“ (U+201E … U+201C); en: “…” (U+201C … U+201D). Opened and closed in pairs."""
    opening, closing, foreign = ("„", "“", "”") if language in (SQ, SR) else ("“", "”", "„")
    problems = []
    for text in texts:
        if foreign in text.text:
            problems.append(f"{text.where}: {foreign!r} in {text.text!r}")
        depth = 0
        for char in text.text:
            depth += (char == opening) - (char == closing)
            if depth < 0 or depth > 1:
                break
        if depth != 0:
            problems.append(f"{text.where}: unmatched quotation marks in {text.text!r}")
    return problems


@pytest.mark.parametrize("language", [SQ, SR, EN])
def test_catalog_quotation_marks_match(language):
    assert _quotes(_catalog(language), language) == []


@pytest.mark.parametrize("language", [SQ, SR, EN])
def test_demo_quotation_marks_match(language):
    assert _quotes(_demo(language), language) == []


def test_the_quotation_check_knows_the_marks():
    assert _quotes([Text(SQ, "„%(code)s”", "t")], SQ)
    assert _quotes([Text(SR, "„jedan“ i „dva", "t")], SR)
    assert not _quotes([Text(SR, "„jedan“ i „dva“", "t")], SR)
    assert _quotes([Text(EN, "„x“", "t")], EN)


# --- Numbers and placeholders --------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{(\w+)\}")
# Placeholders that hold a count; a noun after one needs plural forms ("%(days)s days").
COUNTS = {"count", "counter", "days", "limit", "total", "translated", "sent", "failed"}
COUNT_THEN_WORD = re.compile(r"%\((\w+)\)[sd] (?:of )?(?:your )?(?:own )?[a-zA-Z]")


@pytest.mark.parametrize("folder", ["sq", "sr_Latn", "en"])
def test_a_number_with_a_noun_has_plural_forms(folder):
    missing = [
        entry.msgid
        for entry in catalog(folder)
        if not entry.msgid_plural
        and any(m.group(1) in COUNTS for m in COUNT_THEN_WORD.finditer(entry.msgid))
    ]
    assert missing == []


@pytest.mark.parametrize("folder", ["sq", "sr_Latn", "en"])
def test_plural_entries_have_every_form_of_the_language(folder):
    po = catalog(folder)
    forms = int(re.search(r"nplurals=(\d+)", po.metadata["Plural-Forms"]).group(1))
    assert forms == (3 if folder == "sr_Latn" else 2)
    short = [e.msgid for e in po if e.msgid_plural and len(e.msgstr_plural) != forms]
    assert short == []


def _names(text: str) -> list[str]:
    return sorted(a or b for a, b in PLACEHOLDER.findall(text))


@pytest.mark.parametrize("folder", ["sq", "sr_Latn", "en"])
def test_placeholders_are_the_same_in_msgid_and_msgstr(folder):
    problems = []
    for entry in catalog(folder):
        if entry.msgid_plural:
            expected = _names(entry.msgid_plural)
            problems += [
                f"{entry.msgid} [{i}]: {s!r}"
                for i, s in entry.msgstr_plural.items()
                if _names(s) != expected
            ]
        elif _names(entry.msgid) != _names(entry.msgstr):
            problems.append(f"{entry.msgid}: {entry.msgstr!r}")
    assert problems == []


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="needs gettext's msgfmt")
@pytest.mark.parametrize("folder", ["sq", "sr_Latn", "en"])
def test_msgfmt_check_passes(folder, tmp_path):
    po = ROOT / "locale" / folder / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
