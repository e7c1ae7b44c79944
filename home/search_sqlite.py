"""The SQLite (FTS5) side of home/search_backend.py."""

from typing import Any

from django.db.models import Value
from django.utils.translation import get_language
from modelsearch.backends.database.sqlite import query as fts
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from home import stemming


def _groups(query: PlainText) -> list[list[tuple[str, bool]]]:
    """The query's words, reduced in the active language (the page's, on the site)."""
    return stemming.query_terms(query.query_string, get_language())


def _and(query: PlainText) -> bool:
    return query.operator.lower() == "and"


class FTSTerms(fts.LexemeCombinable, Value):
    """An FTS5 expression built here from a-z/0-9 terms only (nothing to escape): Wagtail's
    own lexemes do not parenthesise, and FTS5 binds AND before OR."""

    _output_field = fts.SearchQueryField()

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, tuple[str]]:
        return "%s", (self.value,)


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
