"""The Indian financial year: 1 April to 31 March, labelled "2026-27"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gst.errors import GstError, GstErrorCode

# GST began on 1 July 2017, in financial year 2017-18; a label's two-digit end reads this century.
# Outside these, a year is no GST year (9999-00 once overflowed date arithmetic into a 500).
FIRST_GST_YEAR = 2017
LAST_GST_YEAR = 2099


@dataclass(frozen=True, slots=True, order=True)
class FinancialYear:
    """The year that starts on 1 April of ``start_year``."""

    start_year: int

    @property
    def label(self) -> str:
        """``"2026-27"``, as returns and invoices name it."""
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"

    @property
    def compact(self) -> str:
        """``"2627"``: the form document numbers carry, four characters of the sixteen."""
        return f"{self.start_year % 100:02d}{(self.start_year + 1) % 100:02d}"

    @property
    def starts_on(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def ends_on(self) -> date:
        return date(self.start_year + 1, 3, 31)

    def contains(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    @property
    def notes_accepted_until(self) -> date:
        """The last day a credit note may be issued against this year's invoices (CGST s.34(2)):
        30 November after the year ends."""
        return date(self.start_year + 1, 11, 30)

    def next(self) -> FinancialYear:
        return FinancialYear(self.start_year + 1)


def financial_year_of(day: date) -> FinancialYear:
    """The financial year ``day`` falls in."""
    return FinancialYear(day.year if day.month >= 4 else day.year - 1)


def parse_financial_year(label: str) -> FinancialYear:
    """``"2026-27"`` to its year; anything else (``"2026-28"``, ``"26-27"``, a year before GST or
    after 2099-00) is refused."""
    text = label.strip()
    start, _, end = text.partition("-")
    if len(start) == 4 and start.isdigit() and len(end) == 2 and end.isdigit():
        year = FinancialYear(int(start))
        if year.label == text and FIRST_GST_YEAR <= year.start_year <= LAST_GST_YEAR:
            return year
    raise GstError(GstErrorCode.INVALID_FINANCIAL_YEAR, "A financial year is written like 2026-27.")
