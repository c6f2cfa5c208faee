"""SAC (services) and HSN (goods) codes: digits only, SAC 6 digits starting 99, HSN 4, 6 or 8 digits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gst.errors import GstError, GstErrorCode


class CodeKind(StrEnum):
    SAC = "SAC"
    HSN = "HSN"


@dataclass(frozen=True, slots=True)
class TaxCode:
    kind: CodeKind
    code: str


def normalise_tax_code(raw: str) -> TaxCode:
    """The code without spaces or dots, and whether it is a SAC or an HSN; INVALID_TAX_CODE otherwise.

    Services are chapter 99 (SAC); a 4-digit 99xx heading (e.g. 9966) is accepted as a SAC heading,
    which invoices of businesses under Rs 5 crore may show (4 digits suffice there).
    """
    code = raw.strip().replace(" ", "").replace(".", "")
    if not code.isascii() or not code.isdigit() or len(code) not in (4, 6, 8):
        raise GstError(GstErrorCode.INVALID_TAX_CODE, "A SAC or HSN code has 4, 6 or 8 digits.")
    if code.startswith("99"):
        if len(code) == 8:
            raise GstError(GstErrorCode.INVALID_TAX_CODE, "A SAC code has 6 digits (or its 4-digit heading).")
        return TaxCode(CodeKind.SAC, code)
    return TaxCode(CodeKind.HSN, code)
