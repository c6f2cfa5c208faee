"""CSV that a spreadsheet opens as text, whoever typed the cells.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
looking) is run as a formula by Excel, LibreOffice and Google Sheets: `=HYPERLINK(...)` in a client's
name would run on the organizer's machine (CSV injection). Such cells get a leading quote, which the
spreadsheet shows as text; a negative amount such as -1250.00 is left as the number it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(cell: str) -> str:
    """`cell` as text a spreadsheet will not run."""
    if not cell.startswith(FORMULA_STARTS) or _is_amount(cell):
        return cell
    return f"'{cell}"


def _is_amount(cell: str) -> bool:
    return cell.startswith("-") and cell[1:].replace(".", "", 1).isdigit()


def safe_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The header and rows as CSV text (CRLF lines, as RFC 4180 and spreadsheets expect), every
    cell formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([formula_safe(cell) for cell in header])
    for row in rows:
        writer.writerow([formula_safe(cell) for cell in row])
    return out.getvalue()
