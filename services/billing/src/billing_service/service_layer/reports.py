"""Reports of a financial year: what each client owes by age, and the money collected by day and mode."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from servicekit.auth import Caller

from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.reporting import AGEING_LIMITS, ReportPeriod, ageing_bucket, report_period
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.reads import MAX_PAGE

BUCKETS = len(AGEING_LIMITS) + 1


@dataclass(frozen=True)
class ClientReceivable:
    client_id: uuid.UUID | None
    client_name: str
    invoices: int
    outstanding_paise: int
    ageing_paise: tuple[int, ...]  # 0-30, 31-60, 61-90, 90+ days


@dataclass(frozen=True)
class Receivables:
    period: ReportPeriod
    as_of: date
    outstanding_paise: int
    ageing_paise: tuple[int, ...]
    client_count: int
    clients: list[ClientReceivable]  # the page asked for, largest outstanding first


@dataclass(frozen=True)
class Collection:
    day: date
    mode: str
    amount_paise: int
    payments: int


@dataclass(frozen=True)
class Collections:
    period: ReportPeriod
    total_paise: int
    by_mode: dict[str, int]
    days: list[Collection]


def receivables_day(deps: UseCaseDependencies, period: ReportPeriod, as_of: date | None) -> date:
    chosen = as_of or min(deps.today(), period.ends)
    if chosen < period.starts:
        raise BillingError(BillingErrorCode.INVALID_DATE, "Age the year's invoices from a day in it.", "asOf")
    return chosen


def _by_client(rows: list[tuple[uuid.UUID | None, str, date, int]], as_of: date) -> list[ClientReceivable]:
    found: dict[uuid.UUID | None, tuple[str, int, list[int]]] = {}
    for client_id, name, invoice_date, balance in rows:
        _, count, ageing = found.setdefault(client_id, (name, 0, [0] * BUCKETS))
        ageing[ageing_bucket(invoice_date, as_of)] += balance
        found[client_id] = (name, count + 1, ageing)
    receivables = [
        ClientReceivable(client_id, name, count, sum(ageing), tuple(ageing))
        for client_id, (name, count, ageing) in found.items()
    ]
    return sorted(receivables, key=lambda r: (-r.outstanding_paise, r.client_name.lower()))


async def receivables(
    deps: UseCaseDependencies,
    caller: Caller,
    organizer_id: uuid.UUID,
    financial_year: str,
    *,
    as_of: date | None = None,
    first: int = 20,
    offset: int = 0,
) -> Receivables:
    """What each client owes on ``as_of`` (today, or the year's last day) for the year's issued
    invoices, aged by the invoice's date; balances count notes and payments dated up to ``as_of``."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    if not 1 <= first <= MAX_PAGE:
        raise BillingError(BillingErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {MAX_PAGE} at a time.", "first")
    period = report_period(financial_year)
    day = receivables_day(deps, period, as_of)
    clients = await client_receivables(deps, organizer_id, period, day)
    ageing = tuple(sum(c.ageing_paise[i] for c in clients) for i in range(BUCKETS))
    start = max(offset, 0)
    return Receivables(period, day, sum(ageing), ageing, len(clients), clients[start : start + first])


async def client_receivables(
    deps: UseCaseDependencies, organizer_id: uuid.UUID, period: ReportPeriod, day: date
) -> list[ClientReceivable]:
    """Every client owing anything on ``day`` for the period's invoices, largest first (unchecked:
    callers authorize)."""
    async with deps.unit_of_work() as uow:
        rows = await uow.reports.invoice_balances(organizer_id, period.starts, min(period.ends, day), day)
    owed = [
        (r.client_id, r.client_name, r.document_date, int(r.balance_paise))
        for r in rows
        if r.balance_paise > 0
    ]
    return _by_client(owed, day)


async def collections(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, financial_year: str, month: int | None
) -> Collections:
    """Money received in the year (or one month of it) per day and mode: cash, UPI, bank transfer,
    cheque; advances count when received, not again when adjusted against an invoice."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    return await collected(deps, organizer_id, report_period(financial_year, month))


async def collected(deps: UseCaseDependencies, organizer_id: uuid.UUID, period: ReportPeriod) -> Collections:
    """The period's collections (unchecked: callers authorize)."""
    async with deps.unit_of_work() as uow:
        rows = await uow.reports.collections(organizer_id, period.starts, period.ends)
    days = [Collection(r.day, r.mode, int(r.amount_paise), int(r.payments)) for r in rows]
    by_mode: dict[str, int] = {}
    for c in days:
        by_mode[c.mode] = by_mode.get(c.mode, 0) + c.amount_paise
    return Collections(period, sum(by_mode.values()), dict(sorted(by_mode.items())), days)
