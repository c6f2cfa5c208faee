"""Cross-script search for Telugu and English: search keys and the PostgreSQL SQL around them.

from textsearch import search_key, text_match
search_key("షామియానా") == search_key("Shamiyana") == "samiana"
match = text_match(table.c.search_key, table.c.search_words, "tents vijayawada")  # None: no words
select(...).where(match.condition).order_by(match.rank.desc())
"""

from textsearch.ctype import CtypeCheck, trigram_ctype_check
from textsearch.keys import fold_word, search_key, search_words, to_latin
from textsearch.sql import (
    MAX_QUERY_CHARS,
    TRIGRAM_EXTENSION,
    WORD_SIMILARITY_THRESHOLD,
    QueryTooLong,
    TextMatch,
    index_statements,
    text_match,
    threshold_statement,
    words_column,
)

__all__ = [
    "MAX_QUERY_CHARS",
    "TRIGRAM_EXTENSION",
    "WORD_SIMILARITY_THRESHOLD",
    "CtypeCheck",
    "QueryTooLong",
    "TextMatch",
    "fold_word",
    "index_statements",
    "search_key",
    "search_words",
    "text_match",
    "threshold_statement",
    "to_latin",
    "trigram_ctype_check",
    "words_column",
]
