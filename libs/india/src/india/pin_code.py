"""Postal Index Numbers: six digits, the first (the postal zone) never 0."""

from __future__ import annotations

import re

from india.errors import InvalidPinCode

_PIN_CODE = re.compile(r"^[1-9][0-9]{5}$")


def normalise_pin_code(raw: str) -> str:
    """Return the PIN code without spaces (``500 034`` -> ``500034``) or raise InvalidPinCode."""
    pin = raw.strip().replace(" ", "")
    if not _PIN_CODE.match(pin):
        raise InvalidPinCode("A PIN code has 6 digits and does not start with 0.")
    return pin
