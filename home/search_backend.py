"""Wagtail's database search backend, with stems: inflected words meet, on SQLite and PostgreSQL.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend", ...}}``.

Indexing: every page's search fields get a stemmed twin (``home.search_index``, added at
start-up), holding the field's words folded and stemmed in the page's own
language (``home.stemming``); the twin of the title lands in the title column, so a title match
still ranks first.

Searching: each word of a query is reduced the same way, in the active language, and matched as
a prefix of the index's terms ("ankesa" → ``ankes*``, "strategji" → ``strategj*``), every word
required. Index and query terms are plain a-z and digits, which FTS5 and PostgreSQL's 'simple'
configuration cut alike, so both give the same pages.

Typo tolerance: PostgreSQL only, with Wagtail's trigram fuzzy search (``pg_trgm``, created by
``home``'s migrations) when the exact search finds nothing; SQLite has no equivalent.
"""

from typing import Any

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params: dict[str, Any]) -> Any:
    """The database backend Wagtail would pick for this database, with stems.

    Each vendor's module is imported only on that vendor: Wagtail defines SQLite's FTS model
    only on SQLite."""
    if connection.vendor == "postgresql":
        from home.search_postgres import StemmedPostgresBackend

        return StemmedPostgresBackend(params)
    backend = database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from home.search_sqlite import StemmedSQLiteBackend

        return StemmedSQLiteBackend(params)
    # SQLite without FTS5, or another database: Wagtail's plain fallback, whole words.
    return backend
