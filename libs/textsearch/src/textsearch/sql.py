"""The PostgreSQL side of a search key: its indexes, the match and the relevance.

A table keeps `search_key(...)` of its searchable texts in a text column (written with the row) and
its words in a generated tsvector column (`words_column`, so no row's words are computed again at
query time), indexed twice: GIN over the words for whole words and GIN `gin_trgm_ops` over the key for
misspellings and word beginnings. A query matches when its key's words are all in the row's key
(full text) or when it is close enough to some stretch of it (pg_trgm's word similarity), and
ranks by the better of the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.sql.elements import ColumnElement

from textsearch.keys import search_key

TRIGRAM_EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_trgm"
# How close a query must come to a stretch of a key: pg_trgm's default (0.6) misses one wrong vowel
# in a short word ("dekorasan" ~ "dekaresan"); below 0.4 unrelated words start to match.
WORD_SIMILARITY_THRESHOLD = 0.45
# Longest query searched: a query's cost (its key, the trigram comparison with every candidate
# row) grows with its length, and nobody types more than a line into a search box.
MAX_QUERY_CHARS = 200


class QueryTooLong(ValueError):
    """A search query over MAX_QUERY_CHARS; `code` is every service's INVALID_TEXT."""

    code = "INVALID_TEXT"

    def __init__(self) -> None:
        super().__init__(f"A search has at most {MAX_QUERY_CHARS} characters.")


def words_column(name: str, key_column: str) -> sa.Column[Any]:
    """A stored generated column with the words of `key_column` (for a Table beside the key)."""
    expression = f"to_tsvector('simple'::regconfig, {key_column})"
    return sa.Column(name, TSVECTOR(), sa.Computed(expression, persisted=True), nullable=False)


def index_statements(table: str, key_column: str, words: str) -> list[str]:
    """DDL for the two GIN indexes of a key column and its words column (run after TRIGRAM_EXTENSION,
    e.g. in a migration)."""
    return [
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{key_column}_trgm "
        f"ON {table} USING gin ({key_column} gin_trgm_ops)",
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{words}_fts ON {table} USING gin ({words})",
    ]


def threshold_statement(threshold: float = WORD_SIMILARITY_THRESHOLD) -> sa.TextClause:
    """`SET LOCAL` of the word-similarity threshold the `%>` operator (and so the index) uses; run it
    in the search's transaction."""
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be in (0, 1]")
    return sa.text(f"SET LOCAL pg_trgm.word_similarity_threshold = {threshold:.2f}")


@dataclass(frozen=True)
class TextMatch:
    """The filter and the rank of one query against one key column; `key` is the query's key."""

    key: str
    condition: ColumnElement[bool]
    rank: ColumnElement[float]


def text_match(
    key_column: ColumnElement[str], words_column: ColumnElement[Any], query: str
) -> TextMatch | None:
    """How rows match `query` (either script), or None when the query has no searchable word.
    QueryTooLong when `query` has more than MAX_QUERY_CHARS characters."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong()
    key = search_key(query)
    if not key:
        return None
    words = sa.func.plainto_tsquery(sa.literal_column("'simple'::regconfig"), key)
    whole_words = words_column.op("@@")(words)
    similar = key_column.op("%>")(sa.literal(key))
    rank = sa.func.greatest(
        sa.func.word_similarity(sa.literal(key), key_column),
        sa.case((whole_words, 1.0), else_=0.0),
    )
    return TextMatch(key, sa.or_(whole_words, similar), rank)
