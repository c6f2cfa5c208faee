"""The month's (or year's) GSTR-1 sections from the issued documents (libs/gst's gstr1 does the
classing), on screen and as the offline tool's CSV files behind short-lived signed links."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import gst
from servicekit.auth import Caller
from servicekit.safe_csv import safe_csv
from servicekit.signed_links import read_claims, sign_claims

from billing_service.domain.errors import BillingError
from billing_service.domain.reporting import ReportPeriod, report_period
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.pdf_files import FileLink, files_of
from billing_service.service_layer.unit_of_work import BillingUnitOfWork

CSV_PURPOSE = "billing-report-csv"
NATURE = {
    "invoice": "Invoices for outward supply",
    "receipt_voucher": "Receipt Voucher",
    "refund_voucher": "Refund Voucher",
    "credit_note": "Credit Note",
    "debit_note": "Debit Note",
    "delivery_challan": "Delivery Challan",
}
# A challan's nature in table 13 is its purpose's, in the offline tool's words.
CHALLAN_NATURE = {
    "job_work": "Delivery Challan for job work",
    "supply_on_approval": "Delivery Challan for supply on approval",
    "other": "Delivery Challan in cases other than by way of supply (excluding at S no. 9 to 11)",
}


@dataclass(frozen=True)
class GstReturn:
    period: ReportPeriod
    sections: dict[gst.Gstr1Section, list[list[str]]]


@dataclass(frozen=True)
class CsvFile:
    filename: str
    content: bytes


def _outward(row: Any, lines: Sequence[gst.OutwardLine], original: gst.Outward | None = None) -> gst.Outward:
    return gst.Outward(
        kind=row.kind,
        number=row.number,
        day=row.document_date,
        value_paise=int(row.total_paise),
        place_of_supply=row.place_of_supply,
        regime=gst.TaxRegime(row.regime or "none"),
        recipient_gstin=row.recipient_gstin or None,
        recipient_name=row.recipient_name or "",
        lines=lines,
        original=original,
    )


def _nature(row: Any) -> str:
    return CHALLAN_NATURE[row.purpose] if row.kind == "delivery_challan" else NATURE[row.kind]


def _documents_issued(rows: list[Any]) -> list[gst.DocumentRange]:
    """Table 13: first and last number, count and cancelled, per series (and a challan's purpose)."""
    by_series: dict[tuple[uuid.UUID, str | None], list[Any]] = {}
    for row in rows:
        by_series.setdefault((row.series_id, row.purpose), []).append(row)
    kinds = list(NATURE)
    in_order = sorted(
        by_series.values(), key=lambda found: (kinds.index(found[0].kind), _nature(found[0]), found[0].number)
    )
    return [
        gst.DocumentRange(
            _nature(found[0]),
            found[0].number,
            found[-1].number,
            len(found),
            sum(1 for r in found if r.status == "cancelled"),
        )
        for found in in_order
    ]


async def _by_rate(uow: BillingUnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[gst.OutwardLine]]:
    """Each document's taxable value per rate: all the sections but HSN need of its lines."""
    lines: dict[uuid.UUID, list[gst.OutwardLine]] = {i: [] for i in ids}
    for document_id, rate, taxable in await uow.reports.taxable_by_rate(ids):
        lines[document_id].append(gst.OutwardLine(None, "", "", Decimal(0), rate, int(taxable)))
    return lines


def _hsn(rows: list[Any]) -> list[gst.HsnAmount]:
    return [
        gst.HsnAmount(
            r.registered,
            r.code,
            r.description,
            r.unit,
            r.tax_rate,
            r.quantity,
            int(r.intra_paise),
            int(r.inter_paise),
        )
        for r in rows
    ]


def _adjusted(rows: list[Any]) -> list[gst.AdvanceAmount]:
    """The taxable part of each adjustment: the voucher's taxable share of what was adjusted."""
    return [
        gst.AdvanceAmount(
            r.place_of_supply,
            r.tax_rate,
            gst.round_half_up(Fraction(r.amount_paise * r.taxable_paise, r.total_paise)),
        )
        for r in rows
        if r.regime != gst.TaxRegime.NONE.value and r.total_paise
    ]


async def _sections(uow: BillingUnitOfWork, organizer_id: uuid.UUID, period: ReportPeriod) -> GstReturn:
    rows = await uow.reports.numbered_documents(organizer_id, period.starts, period.ends)
    issued = [r for r in rows if r.status == "issued"]
    lines = await _by_rate(uow, [r.id for r in issued])
    sources = {r.source_id for r in issued if r.kind in ("credit_note", "debit_note") and r.source_id}
    originals = {
        r.id: _outward(r, []) for r in await uow.reports.documents_by_id(sorted(sources)) if r.number
    }
    outward = [
        _outward(r, lines[r.id], originals.get(r.source_id))
        for r in issued
        if r.kind in ("invoice", "credit_note", "debit_note")
    ]
    received = [
        gst.AdvanceAmount(r.place_of_supply, line.tax_rate, line.taxable_paise)
        for r in issued
        if r.kind == "receipt_voucher" and r.regime != gst.TaxRegime.NONE.value
        for line in lines[r.id]
    ]
    adjusted = _adjusted(await uow.reports.advances_adjusted(organizer_id, period.starts, period.ends))
    hsn = _hsn(await uow.reports.hsn_summary(organizer_id, period.starts, period.ends))
    sections = gst.gstr1_sections(
        outward,
        advances_received=received,
        advances_adjusted=adjusted,
        documents=_documents_issued(rows),
        hsn=hsn,
    )
    return GstReturn(period, sections)


async def gst_return(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, financial_year: str, month: int | None
) -> GstReturn:
    """GSTR-1's sections for a month of the financial year (or the whole year), from issued documents."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    period = report_period(financial_year, month)
    async with deps.unit_of_work() as uow:
        return await _sections(uow, organizer_id, period)


def csv_of(section: gst.Gstr1Section, rows: list[list[str]]) -> bytes:
    """The section's rows under its columns; cells a spreadsheet would run as formulas (a buyer's
    name typed as =HYPERLINK(...)) are made text."""
    return safe_csv(gst.GSTR1_COLUMNS[section], rows).encode()


async def gst_return_csv_link(
    deps: UseCaseDependencies,
    caller: Caller,
    organizer_id: uuid.UUID,
    financial_year: str,
    month: int | None,
    section: gst.Gstr1Section,
) -> FileLink:
    """A link downloading one section's CSV for the next few minutes (FILE_LINK_SECONDS)."""
    authorize(caller, Operation.READ_REPORTS, owner_id=str(organizer_id))
    period = report_period(financial_year, month)
    links = files_of(deps)
    expires_at = deps.clock() + timedelta(seconds=links.link_seconds)
    claims = {
        "o": organizer_id.hex,
        "y": period.year.label,
        "m": period.month,
        "s": section.value,
        "exp": int(expires_at.timestamp()),
    }
    token = sign_claims(links.secret_key, CSV_PURPOSE, claims)
    return FileLink(f"{links.public_url}/files/billing/{token}.csv", expires_at)


async def gst_csv_by_token(deps: UseCaseDependencies, token: str) -> CsvFile | None:
    """The CSV a signed link opens, or None for a forged, expired or malformed one."""
    claims = read_claims(files_of(deps).secret_key, CSV_PURPOSE, token, deps.clock())
    if claims is None:
        return None
    try:
        organizer_id = uuid.UUID(hex=str(claims["o"]))
        section = gst.Gstr1Section(claims["s"])
        period = report_period(str(claims["y"]), claims["m"])
    except (KeyError, ValueError, TypeError, BillingError):
        return None
    async with deps.unit_of_work() as uow:
        found = await _sections(uow, organizer_id, period)
    month = f"-{period.month:02d}" if period.month else ""
    name = section.value.replace("(", "-").replace(")", "")
    return CsvFile(f"gstr1-{name}-{period.year.label}{month}.csv", csv_of(section, found.sections[section]))
