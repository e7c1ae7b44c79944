"""What citizens type into a search box, made safe for every search backend.

SQLite's full-text engine reads quotes, ``*``, ``AND``/``OR``/``NOT`` and ``NEAR`` as syntax,
so a stray quote would be a server error; PostgreSQL refuses NUL characters. Citizens search for
words, so we keep words and nothing else.
"""

import re

MAX_QUERY_LENGTH = 200
_NOT_A_WORD = re.compile(r"[^\w]+", re.UNICODE)

# Serbian Cyrillic to the Latin script the content is written in: a citizen who types
# "стратегија" finds "strategija".
_CYRILLIC = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "đ",
            "e",
            "ž",
            "z",
            "i",
            "j",
            "k",
            "l",
            "lj",
            "m",
            "n",
            "nj",
            "o",
            "p",
            "r",
            "s",
            "t",
            "ć",
            "u",
            "f",
            "h",
            "c",
            "č",
            "dž",
            "š",
        ],
        strict=True,
    )
)
_TO_LATIN = str.maketrans(_CYRILLIC)


def clean_query(raw: str) -> str:
    words = _NOT_A_WORD.sub(" ", raw.replace("_", " ")).split()
    return " ".join(words).lower().translate(_TO_LATIN)[:MAX_QUERY_LENGTH].strip()
