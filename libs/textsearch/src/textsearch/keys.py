"""Search keys: one Latin spelling for what a Telugu or an English writer typed.

"షామియానా", "shamiana" and "Shamiyana" all become `samiana`: Telugu is transliterated to IAST
(indic-transliteration's tables), diacritics are dropped, and the spellings people use
interchangeably for one sound are folded to one (sh/s, w/v, ee/i, c/k, a doubled letter, a `y`
glide between vowels...). The key is for matching only: never show it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indic_transliteration import sanscript

_TELUGU = re.compile(r"[\u0C00-\u0C7F]+")
_NOT_KEY = re.compile(r"[^a-z0-9]+")

# Before diacritics go: the Telugu anusvara sounds as n before most consonants (వెంకట -> venkata).
_BEFORE_STRIP = (("ṃ", "n"), ("ṁ", "n"), ("ḻ", "l"), ("ṟ", "r"))

# Ordered: aspirates and digraphs first, then single letters, then glides and doubles.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("tion", "san"),  # decoration ~ డెకరేషన్ (dekaresan)
    ("igh", "ai"),  # lighting ~ లైటింగ్ (laiting)
    ("ou", "au"),  # house ~ హౌస్ (haus)
    ("sion", "san"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("bh", "b"),
    ("kh", "k"),
    ("gh", "g"),
    ("jh", "j"),
    ("ee", "i"),
    ("oo", "u"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "j"),
    ("w", "v"),
    ("c", "k"),
    ("h", ""),  # what is left of h is breath: bhojanam/bojanam, shamianah/shamiana
)
_FINAL_Y = re.compile(r"(?<=[b-df-hj-np-tv-z])y$")  # photography ~ ఫోటోగ్రఫీ (fotografi)
_FINAL_E = re.compile(r"(?<=[b-df-hj-np-tv-z])e$")  # house ~ హౌస్: a silent final e
_Y_GLIDE = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # shamiyana -> shamiana
_Y_AFTER_CONSONANT = re.compile(r"(?<=[b-df-hj-np-tv-z])y")  # క్యాటరింగ్ kyatering -> katering
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def _latin_of_telugu(run: str) -> str:
    return str(sanscript.transliterate(run, sanscript.TELUGU, sanscript.IAST))


def to_latin(text: str) -> str:
    """`text` with every run of Telugu script transliterated to IAST (other text unchanged)."""
    return _TELUGU.sub(lambda m: " " + _latin_of_telugu(m.group()) + " ", text)


def _strip_marks(text: str) -> str:
    for mark, plain in _BEFORE_STRIP:
        text = text.replace(mark, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_word(word: str) -> str:
    """One lowercase ASCII word folded to its key spelling (`shamiyana` -> `samiana`)."""
    word = _FINAL_E.sub("", _FINAL_Y.sub("i", word)) if len(word) > 3 else word
    for spelling, key in _FOLDS:
        word = word.replace(spelling, key)
    word = _Y_GLIDE.sub("", word)
    word = _Y_AFTER_CONSONANT.sub("", word)
    return _DOUBLED.sub(r"\1", word)


def search_words(text: str) -> list[str]:
    """The key words of `text`, in order, in either script (empty words dropped)."""
    plain = _strip_marks(to_latin(text)).casefold()
    return [w for w in (fold_word(raw) for raw in _NOT_KEY.split(plain)) if w]


def search_key(*texts: str | None) -> str:
    """The search key of some texts (a name, its Telugu name, an about...): their key words joined
    by spaces, each distinct word once. Store it in an indexed column; compare queries' keys to it."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in search_words(text or ""):
            seen.setdefault(word, None)
    return " ".join(seen)
