"""Document numbers (CGST Rule 46(b)): at most 16 characters of letters, digits, "-" and "/",
consecutive within a series and a financial year. The form here is ``<prefix>/<2627>/<n>``."""

from __future__ import annotations

import re

from gst.errors import GstError, GstErrorCode
from gst.financial_year import FinancialYear

MAX_NUMBER_LENGTH = 16
MAX_PREFIX_LENGTH = 6  # "DECOR1/2627/" is 12 characters: room for 9,999 documents a year at least
_PREFIX = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")


def normalise_series_prefix(raw: str) -> str:
    """An upper-cased prefix of 1-6 letters, digits or '-', starting with a letter or digit."""
    prefix = raw.strip().upper()
    if not (1 <= len(prefix) <= MAX_PREFIX_LENGTH) or not _PREFIX.match(prefix):
        raise GstError(
            GstErrorCode.INVALID_SERIES_PREFIX,
            f"A series prefix is 1 to {MAX_PREFIX_LENGTH} letters, digits or '-'.",
        )
    return prefix


def number_stem(prefix: str, year: FinancialYear) -> str:
    """What every number of the series in ``year`` starts with: ``"INV/2627/"``."""
    return f"{prefix}/{year.compact}/"


def last_sequence(prefix: str, year: FinancialYear) -> int:
    """The largest sequence whose number still fits 16 characters (9,999 for a 6-character prefix)."""
    digits: int = MAX_NUMBER_LENGTH - len(number_stem(prefix, year))
    return int(10**digits) - 1


def document_number(prefix: str, year: FinancialYear, sequence: int) -> str:
    """The ``sequence``-th number of a series in ``year``; NUMBER_TOO_LONG past 16 characters."""
    if sequence < 1:
        raise GstError(GstErrorCode.NUMBER_TOO_LONG, "Document numbers start at 1.")
    number = f"{number_stem(prefix, year)}{sequence}"
    if len(number) > MAX_NUMBER_LENGTH:
        raise GstError(
            GstErrorCode.NUMBER_TOO_LONG,
            f"The series {prefix} has no more numbers for {year.label}: start another series.",
        )
    return number
