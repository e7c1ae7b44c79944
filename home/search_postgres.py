"""The PostgreSQL side of home/search_backend.py."""

from functools import reduce
from typing import Any

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    SearchQuery,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from home import stemming


def _groups(query: PlainText) -> list[list[tuple[str, bool]]]:
    """The query's words, reduced in the active language (the page's, on the site)."""
    return stemming.query_terms(query.query_string, get_language())


def _and(query: PlainText) -> bool:
    return query.operator.lower() == "and"


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
