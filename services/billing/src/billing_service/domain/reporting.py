"""The periods reports cover and the ageing of what clients owe."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

import gst

from billing_service.domain.errors import BillingError, BillingErrorCode

# Days since the invoice's date: 0-30, 31-60, 61-90, more than 90.
AGEING_LIMITS = (30, 60, 90)


@dataclass(frozen=True)
class ReportPeriod:
    """A financial year, or one calendar month of it."""

    year: gst.FinancialYear
    month: int | None
    starts: date
    ends: date


def report_period(financial_year: str, month: int | None = None) -> ReportPeriod:
    """``"2026-27"`` and an optional month (1-12; 4 is April 2026, 1 is January 2027)."""
    try:
        year = gst.parse_financial_year(financial_year)
    except gst.GstError as error:
        raise BillingError(BillingErrorCode.INVALID_FINANCIAL_YEAR, error.message, "financialYear") from None
    if month is None:
        return ReportPeriod(year, None, year.starts_on, year.ends_on)
    if not 1 <= month <= 12:
        raise BillingError(BillingErrorCode.INVALID_PERIOD, "A month is 1 to 12.", "month")
    calendar_year = year.start_year if month >= 4 else year.start_year + 1
    last = calendar.monthrange(calendar_year, month)[1]
    return ReportPeriod(year, month, date(calendar_year, month, 1), date(calendar_year, month, last))


def ageing_bucket(invoice_date: date, as_of: date) -> int:
    """0 for 0-30 days old, 1 for 31-60, 2 for 61-90, 3 for more than 90."""
    days = (as_of - invoice_date).days
    return next((i for i, limit in enumerate(AGEING_LIMITS) if days <= limit), len(AGEING_LIMITS))
