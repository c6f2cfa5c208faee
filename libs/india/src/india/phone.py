"""Phone numbers in E.164. Indian numbers are the default: +91 is assumed when no code is given."""

from __future__ import annotations

import re

from india.errors import InvalidPhone

_SEPARATORS = re.compile(r"[\s\-().]")
_INDIAN_MOBILE = re.compile(r"^[6-9][0-9]{9}$")
_OTHER_E164 = re.compile(r"^\+[1-9][0-9]{7,14}$")
_MESSAGE = "Enter a 10-digit Indian mobile number starting with 6-9, or a number with its + country code."


def normalise_phone(raw: str) -> str:
    """Return the number in E.164 (+919876543210) or raise InvalidPhone.

    Accepted: 9876543210, 09876543210, 919876543210, +91 98765 43210, and other countries' numbers
    when written with their + country code.
    """
    compact = _SEPARATORS.sub("", raw.strip())
    national = _indian_national_number(compact)
    if national is not None:
        if _INDIAN_MOBILE.match(national):
            return "+91" + national
        raise InvalidPhone(_MESSAGE)
    if compact.startswith("+") and _OTHER_E164.match(compact):
        return compact
    raise InvalidPhone(_MESSAGE)


def _indian_national_number(compact: str) -> str | None:
    if compact.startswith("+91"):
        return compact[3:]
    if compact.startswith("+"):
        return None
    if len(compact) == 12 and compact.startswith("91"):
        return compact[2:]
    if len(compact) == 11 and compact.startswith("0"):
        return compact[1:]
    return compact
