"""The form names are compared in: case, spacing and punctuation do not matter, scripts do."""

from __future__ import annotations

import re
import unicodedata

# Spaces, hyphens, dashes, dots, apostrophes, underscores, and the zero-width (non-)joiners that
# Telugu text may or may not carry between a consonant and the next (మహబూబ్‌నగర్ / మహబూబ్నగర్).
_IGNORED = re.compile(r"[\s\-\u2010-\u2015_.'’\u200c\u200d]+")
_WORD_BREAK = re.compile(r"[\s\-\u2010-\u2015_]+")


def search_key(text: str) -> str:
    """``text`` as the gazetteer compares it: NFC, case-folded, without spaces and punctuation."""
    return _IGNORED.sub("", unicodedata.normalize("NFC", text).casefold())


def word_keys(text: str) -> list[str]:
    """The search keys of ``text`` from each of its words on (``Dwaraka Tirumala`` -> both words'
    starts), so that a picker finds a place by a later word of its name too."""
    words = [word for word in _WORD_BREAK.split(text) if word]
    return [search_key(" ".join(words[start:])) for start in range(len(words))]
