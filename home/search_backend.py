"""Wagtail's database search backend, with stems: inflected words meet, on SQLite and PostgreSQL.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend", ...}}``.

Indexing: every page's search fields get a stemmed twin (:class:`StemmedField`, added by
:func:`install` at start-up), holding the field's words folded and stemmed in the page's own
language (``home.stemming``); the twin of the title lands in the title column, so a title match
still ranks first.

Searching: each word of a query is reduced the same way, in the active language, and matched as
a prefix of the index's terms ("ankesa" → ``ankes*``, "strategji" → ``strategj*``), every word
required. Index and query terms are plain a-z and digits, which FTS5 and PostgreSQL's 'simple'
configuration cut alike, so both give the same pages.

Typo tolerance: PostgreSQL only, with Wagtail's trigram fuzzy search (``pg_trgm``, created by
``home``'s migrations) when the exact search finds nothing; SQLite has no equivalent.
"""

from __future__ import annotations

from functools import reduce
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import Value
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    SearchQuery,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.backends.database.sqlite import query as fts
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.models import Page
from wagtail.search import index

from home import stemming


class StemmedField(index.SearchField):
    """The folded, stemmed words of another search field, in the object's language."""

    def __init__(self, source: index.SearchField) -> None:
        super().__init__(source.field_name, boost=source.boost)
        self.source = source

    def get_value(self, obj: Any) -> str:
        value = self.source.get_value(obj)
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        locale = getattr(obj, "locale", None)
        return stemming.index_text(str(value), getattr(locale, "language_code", None))


def install() -> None:
    """Give every page type's search fields their stemmed twins (from ``HomeConfig.ready``):
    page types of every app, sections' and plugins' alike, so none has to know about it."""
    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        fields = list(model.search_fields)
        stemmed = {field.field_name for field in fields if isinstance(field, StemmedField)}
        twins = [
            StemmedField(field)
            for field in fields
            if type(field) is index.SearchField and field.field_name not in stemmed
        ]
        if twins:
            model.search_fields = fields + twins


def _groups(query: PlainText) -> list[list[tuple[str, bool]]]:
    return stemming.query_terms(query.query_string, get_language())


def _and(query: PlainText) -> bool:
    return query.operator.lower() == "and"


class FTSTerms(fts.LexemeCombinable, Value):
    """An FTS5 expression built here from a-z/0-9 terms only (nothing to escape): Wagtail's
    own lexemes do not parenthesise, and FTS5 binds AND before OR."""

    _output_field = fts.SearchQueryField()

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[str]]:
        return "%s", [self.value]


class SQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query: Any, config: Any = None) -> Any:
        groups = _groups(query) if isinstance(query, PlainText) else []
        if not groups:
            # Not plain words, or words with nothing to fold (another script): as Wagtail does.
            return super().build_search_query_content(query, config=config)
        alternatives = [
            "(" + " OR ".join(f'"{term}"' + ("*" if prefix else "") for term, prefix in group) + ")"
            for group in groups
        ]
        joined = (" AND " if _and(query) else " OR ").join(alternatives)
        return fts.SearchQueryExpression(FTSTerms(joined), config=config)


class StemmedSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = SQLiteQueryCompiler
    supports_fuzzy = False


class PostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query: Any, config: Any = None, invert: bool = False) -> Any:
        groups = _groups(query) if isinstance(query, PlainText) else []
        if not groups:
            return super().build_tsquery_content(query, config=config, invert=invert)
        # Under a negation (De Morgan): every alternative absent, or any word absent.
        both = lambda a, b: a & b  # noqa: E731
        either = lambda a, b: a | b  # noqa: E731
        within = both if invert else either
        across = both if _and(query) != invert else either
        words = [
            reduce(within, [Lexeme(term, prefix=prefix, invert=invert) for term, prefix in group])
            for group in groups
        ]
        return SearchQuery(reduce(across, words), search_type="raw", config=config)


class StemmedPostgresBackend(PostgresSearchBackend):
    query_compiler_class = PostgresQueryCompiler

    def __init__(self, params: dict[str, Any]) -> None:
        # The terms are stemmed already: PostgreSQL's default configuration (English, as a
        # rule) would stem them again and drop English stop words.
        super().__init__({**params, "SEARCH_CONFIG": "simple"})

    @property
    def supports_fuzzy(self) -> bool:
        """Whether trigram similarity is there (``pg_trgm``, created by a migration)."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            return cursor.fetchone() is not None


def SearchBackend(params: dict[str, Any]) -> Any:
    """The database backend Wagtail would pick for this database, with stems."""
    if connection.vendor == "postgresql":
        return StemmedPostgresBackend(params)
    backend = database_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return StemmedSQLiteBackend(params)
    # SQLite without FTS5, or another database: Wagtail's plain fallback, whole words.
    return backend
