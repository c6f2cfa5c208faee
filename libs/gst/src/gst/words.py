"""Amounts in words in Indian numbering (thousand, lakh, crore), in English and in Telugu.

``rupees_in_words(12345650, "en")`` is "Rupees One Lakh Twenty-Three Thousand Four Hundred
Fifty-Six and Fifty Paise Only"; in Telugu "ఒక లక్ష ఇరవై మూడు వేల నాలుగు వందల యాభై ఆరు రూపాయలు
యాభై పైసలు మాత్రమే".
"""

from __future__ import annotations

from typing import Literal

from gst.errors import GstError, GstErrorCode

Language = Literal["en", "te"]

# (name, size) from the largest; crore repeats above 99 crore ("One Hundred Crore").
_GROUPS = (("crore", 10**7), ("lakh", 10**5), ("thousand", 10**3), ("hundred", 100))

_EN_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_EN_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
_EN_GROUPS = {"crore": "Crore", "lakh": "Lakh", "thousand": "Thousand", "hundred": "Hundred"}

_TE_ONES = [
    "సున్నా",
    "ఒకటి",
    "రెండు",
    "మూడు",
    "నాలుగు",
    "ఐదు",
    "ఆరు",
    "ఏడు",
    "ఎనిమిది",
    "తొమ్మిది",
    "పది",
    "పదకొండు",
    "పన్నెండు",
    "పదమూడు",
    "పద్నాలుగు",
    "పదిహేను",
    "పదహారు",
    "పదిహేడు",
    "పద్దెనిమిది",
    "పంతొమ్మిది",
]
_TE_TENS = ["_", "_", "ఇరవై", "ముప్పై", "నలభై", "యాభై", "అరవై", "డెబ్బై", "ఎనభై", "తొంభై"]
# Each group: (one of it alone, one of it before more, plural alone, plural before more).
_TE_GROUPS = {
    "crore": ("ఒక కోటి", "ఒక కోటి", "కోట్లు", "కోట్ల"),
    "lakh": ("ఒక లక్ష", "ఒక లక్ష", "లక్షలు", "లక్షల"),
    "thousand": ("వెయ్యి", "వెయ్యి", "వేలు", "వేల"),
    "hundred": ("వంద", "నూట", "వందలు", "వందల"),
}


def _en_below_hundred(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _te_below_hundred(n: int, *, before_group: bool = False) -> str:
    if n < 20:
        word = _TE_ONES[n]
    else:
        tens, ones = divmod(n, 10)
        word = _TE_TENS[tens] + (f" {_TE_ONES[ones]}" if ones else "")
    # Counting a group, "one" is the adjective ఒక్క ("ఇరవై ఒక్క వేలు"), not the numeral ఒకటి.
    return word.removesuffix("ఒకటి") + "ఒక్క" if before_group and word.endswith("ఒకటి") else word


def _en_number(n: int) -> str:
    words: list[str] = []
    for name, size in _GROUPS:
        count, n = divmod(n, size)
        if count:
            words.append(f"{_en_number(count)} {_EN_GROUPS[name]}")
    if n:
        words.append(_en_below_hundred(n))
    return " ".join(words) or _EN_ONES[0]


def _te_number(n: int) -> str:
    words: list[str] = []
    for name, size in _GROUPS:
        count, n = divmod(n, size)
        if not count:
            continue
        one_alone, one_before, many_alone, many_before = _TE_GROUPS[name]
        more_follows = n > 0
        if count == 1:
            words.append(one_before if more_follows else one_alone)
        else:
            counted = _te_number(count) if count >= 100 else _te_below_hundred(count, before_group=True)
            words.append(f"{counted} {many_before if more_follows else many_alone}")
    if n:
        words.append(_te_below_hundred(n))
    return " ".join(words) or _TE_ONES[0]


def number_in_words(n: int, language: Language = "en") -> str:
    """A whole number from zero up, in words of Indian numbering."""
    if n < 0:
        raise GstError(GstErrorCode.INVALID_AMOUNT, "An amount in words is zero or more.")
    return _te_number(n) if language == "te" else _en_number(n)


def rupees_in_words(paise: int, language: Language = "en") -> str:
    """An amount as an invoice states it in words: rupees, paise if any, and "only"."""
    rupees, rest = divmod(paise, 100) if paise >= 0 else (-1, 0)
    if language == "te":
        te = "ఒక రూపాయి" if rupees == 1 else f"{number_in_words(rupees, 'te')} రూపాయలు"
        te += f" {number_in_words(rest, 'te')} పైసలు" if rest else ""
        return f"{te} మాత్రమే"
    en = f"Rupees {number_in_words(rupees)}"
    en += f" and {number_in_words(rest)} Paise" if rest else ""
    return f"{en} Only"
