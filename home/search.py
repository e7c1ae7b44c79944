"""What citizens type into a search box, made safe for every search backend.

SQLite's full-text engine reads quotes, ``*``, ``AND``/``OR``/``NOT`` and ``NEAR`` as syntax,
so a stray quote would be a server error; PostgreSQL refuses NUL characters. Citizens search for
words, so we keep words and nothing else.
"""

import re

MAX_QUERY_LENGTH = 200
_NOT_A_WORD = re.compile(r"[^\w]+", re.UNICODE)


def clean_query(raw: str) -> str:
    words = _NOT_A_WORD.sub(" ", raw.replace("_", " ")).split()
    return " ".join(words).lower()[:MAX_QUERY_LENGTH].strip()
