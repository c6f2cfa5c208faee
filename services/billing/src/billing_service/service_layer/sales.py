"""Sales by month of a financial year: what was invoiced, net of credit and debit notes, with the
taxable value and each tax head (the GST summary an organizer checks before filing)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from servicekit.auth import Caller

from billing_service.domain.reporting import ReportPeriod, report_period
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies


@dataclass(frozen=True)
class MonthSales:
    month: date  # its first day
    invoices: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int


@dataclass(frozen=True)
class Sales:
    period: ReportPeriod
    months: list[MonthSales]  # all twelve, April first, empty months as zeros
    total: MonthSales  # the year's sums (its month is the year's first day)


def _months(period: ReportPeriod) -> list[date]:
    start = period.starts
    return [
        date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1) for i in range(12)
    ]


def _sum(month: date, months: list[MonthSales]) -> MonthSales:
    return MonthSales(
        month,
        sum(m.invoices for m in months),
        sum(m.taxable_paise for m in months),
        sum(m.cgst_paise for m in months),
        sum(m.sgst_paise for m in months),
        sum(m.igst_paise for m in months),
        sum(m.total_paise for m in months),
    )


async def sales_by_month(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, financial_year: str
) -> Sales:
    """Each month's issued invoices (counted) and their figures less credit notes plus debit notes,
    by the documents' dates, as GSTR-1 and GSTR-3B count them."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    period = report_period(financial_year)
    async with deps.unit_of_work() as uow:
        rows = await uow.reports.sales_by_month(organizer_id, period.starts, period.ends)
    found = {
        r.month: MonthSales(
            r.month,
            int(r.invoices),
            int(r.taxable_paise),
            int(r.cgst_paise),
            int(r.sgst_paise),
            int(r.igst_paise),
            int(r.total_paise),
        )
        for r in rows
    }
    months = [found.get(m) or MonthSales(m, 0, 0, 0, 0, 0, 0) for m in _months(period)]
    return Sales(period, months, _sum(period.starts, months))
