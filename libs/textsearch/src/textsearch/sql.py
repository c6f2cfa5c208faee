"""The PostgreSQL side of a search key: its indexes, the match and the relevance.

A table keeps `search_key(...)` of its searchable texts in a text column (written with the row),
indexed twice: GIN over `to_tsvector('simple', key)` for whole words and GIN `gin_trgm_ops` for
misspellings and word beginnings. A query matches when its key's words are all in the row's key
(full text) or when it is close enough to some stretch of it (pg_trgm's word similarity), and
ranks by the better of the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from textsearch.keys import search_key

TRIGRAM_EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_trgm"
# How close a query must come to a stretch of a key: pg_trgm's default (0.6) misses one wrong vowel
# in a short word ("dekorasan" ~ "dekaresan"); below 0.4 unrelated words start to match.
WORD_SIMILARITY_THRESHOLD = 0.45


def index_statements(table: str, column: str) -> list[str]:
    """DDL for the two GIN indexes of a key column (run after TRIGRAM_EXTENSION, e.g. in a migration)."""
    return [
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)",
        f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_fts ON {table} "
        f"USING gin (to_tsvector('simple', {column}))",
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


def text_match(key_column: ColumnElement[str], query: str) -> TextMatch | None:
    """How rows match `query` (either script), or None when the query has no searchable word."""
    key = search_key(query)
    if not key:
        return None
    words = sa.func.plainto_tsquery(sa.literal_column("'simple'::regconfig"), key)
    vector = sa.func.to_tsvector(sa.literal_column("'simple'::regconfig"), key_column)
    whole_words = vector.op("@@")(words)
    similar = key_column.op("%>")(sa.literal(key))
    rank = sa.func.greatest(
        sa.func.word_similarity(sa.literal(key), key_column),
        sa.case((whole_words, 1.0), else_=0.0),
    )
    return TextMatch(key, sa.or_(whole_words, similar), rank)
