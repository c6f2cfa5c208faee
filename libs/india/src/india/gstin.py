"""GSTIN: 15 characters, state code prefix, PAN, entity number, 'Z', and a mod-36 check character."""

from __future__ import annotations

import re

from india.errors import GstinProblem, InvalidGstin
from india.states import is_gst_state_code

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SHAPE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")


def gstin_check_character(first_fourteen: str) -> str:
    """The official GSTN check character: weights 1,2,1,2... ; each product folded base 36."""
    total = 0
    for position, char in enumerate(first_fourteen):
        product = _ALPHABET.index(char) * (1 if position % 2 == 0 else 2)
        total += product // 36 + product % 36
    return _ALPHABET[(36 - total % 36) % 36]


def normalise_gstin(raw: str) -> str:
    """Return the GSTIN upper-cased without spaces, or raise InvalidGstin saying what is wrong."""
    gstin = raw.strip().upper().replace(" ", "")
    if len(gstin) != 15:
        raise InvalidGstin("A GSTIN has 15 characters.", GstinProblem.LENGTH)
    if not _SHAPE.match(gstin):
        raise InvalidGstin(
            "A GSTIN is a state code, a PAN, an entity number, Z and a check character.", GstinProblem.FORMAT
        )
    if not is_gst_state_code(gstin[:2]):
        raise InvalidGstin(f"{gstin[:2]} is not a GST state code.", GstinProblem.STATE_CODE)
    if gstin_check_character(gstin[:14]) != gstin[14]:
        raise InvalidGstin("The GSTIN's check character does not match.", GstinProblem.CHECK_CHARACTER)
    return gstin
