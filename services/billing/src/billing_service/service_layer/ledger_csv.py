"""Receivables (with ageing) and collections as CSV behind short-lived signed links, for the
organizer's accountant; the route is the GSTR-1 sections' (`/files/billing/<token>.csv`), the
purpose of the signature differs so a link of one kind never opens the other."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, timedelta
from enum import StrEnum

from gst.gstr1 import rupees
from servicekit.auth import Caller
from servicekit.signed_links import read_claims, sign_claims

from billing_service.domain.errors import BillingError
from billing_service.domain.reporting import ReportPeriod, report_period
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.gst_return import CsvFile
from billing_service.service_layer.pdf_files import FileLink, files_of
from billing_service.service_layer.reports import client_receivables, collected, receivables_day

LEDGER_PURPOSE = "billing-ledger-csv"
RECEIVABLES_COLUMNS = (
    "Client",
    "Invoices",
    "Outstanding",
    "0-30 days",
    "31-60 days",
    "61-90 days",
    "90+ days",
)
COLLECTIONS_COLUMNS = ("Date", "Mode", "Payments", "Amount")


class LedgerReport(StrEnum):
    RECEIVABLES = "receivables"
    COLLECTIONS = "collections"


def _csv(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode()


async def _receivables_csv(
    deps: UseCaseDependencies, organizer_id: uuid.UUID, period: ReportPeriod, day: date
) -> bytes:
    clients = await client_receivables(deps, organizer_id, period, day)
    rows = [
        [c.client_name, str(c.invoices), rupees(c.outstanding_paise), *(rupees(p) for p in c.ageing_paise)]
        for c in clients
    ]
    return _csv(RECEIVABLES_COLUMNS, rows)


async def _collections_csv(deps: UseCaseDependencies, organizer_id: uuid.UUID, period: ReportPeriod) -> bytes:
    found = await collected(deps, organizer_id, period)
    rows = [[d.day.isoformat(), d.mode, str(d.payments), rupees(d.amount_paise)] for d in found.days]
    return _csv(COLLECTIONS_COLUMNS, rows)


async def ledger_csv_link(
    deps: UseCaseDependencies,
    caller: Caller,
    organizer_id: uuid.UUID,
    report: LedgerReport,
    financial_year: str,
    month: int | None = None,
    as_of: date | None = None,
) -> FileLink:
    """A link downloading the report's CSV for the next few minutes: receivables of the year on
    ``as_of`` (today, or the year's end), or the collections of the year or one month of it."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    period = report_period(financial_year, month if report is LedgerReport.COLLECTIONS else None)
    day = receivables_day(deps, period, as_of)
    links = files_of(deps)
    expires_at = deps.clock() + timedelta(seconds=links.link_seconds)
    claims = {
        "o": organizer_id.hex,
        "r": report.value,
        "y": period.year.label,
        "m": period.month,
        "d": day.isoformat(),
        "exp": int(expires_at.timestamp()),
    }
    token = sign_claims(links.secret_key, LEDGER_PURPOSE, claims)
    return FileLink(f"{links.public_url}/files/billing/{token}.csv", expires_at)


async def ledger_csv_by_token(deps: UseCaseDependencies, token: str) -> CsvFile | None:
    """The CSV a signed link opens, or None for a forged, expired or malformed one."""
    claims = read_claims(files_of(deps).secret_key, LEDGER_PURPOSE, token, deps.clock())
    if claims is None:
        return None
    try:
        organizer_id = uuid.UUID(hex=str(claims["o"]))
        report = LedgerReport(claims["r"])
        period = report_period(str(claims["y"]), claims["m"])
        day = date.fromisoformat(str(claims["d"]))
    except (KeyError, ValueError, TypeError, BillingError):
        return None
    month = f"-{period.month:02d}" if period.month else ""
    name = f"{report.value}-{period.year.label}{month}.csv"
    if report is LedgerReport.RECEIVABLES:
        return CsvFile(name, await _receivables_csv(deps, organizer_id, period, day))
    return CsvFile(name, await _collections_csv(deps, organizer_id, period))
