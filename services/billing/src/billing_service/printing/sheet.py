"""The sheet a document prints as: every text and figure the Typst template places, already in the
chosen language and formatted (the template only lays it out)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import gst
import india

from billing_service.domain.documents import Document, DocumentLine
from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus
from billing_service.printing.labels import LABELS, TITLES, Language
from billing_service.printing.upi import qr_svg, upi_payment_uri


@dataclass(frozen=True)
class Printable:
    """A document with what printing it needs beside it: for an issued one, the parties and regime
    fixed at issue; for a draft or quotation, the ones it would be issued with today."""

    document: Document
    supplier: dict[str, Any]
    recipient: dict[str, Any]
    place_of_supply: str | None
    regime: gst.TaxRegime
    title: str
    paid_paise: int = 0
    balance_paise: int | None = None
    against: str | None = None  # the number of the invoice or advance a note or refund refers to
    has_logo: bool = False
    has_signature: bool = False


def _state(code: str | None, language: Language) -> str:
    if not code:
        return ""
    try:
        state = india.state_for_code(code)
    except india.UnknownState:
        return code
    return f"{state.name_te if language == 'te' else state.name} ({code})"


def _address(address: dict[str, Any] | None) -> list[str]:
    if not address:
        return []
    place = " ".join(str(address[k]) for k in ("city", "pin_code") if address.get(k))
    first = [str(address[k]) for k in ("line1", "line2", "line", "district") if address.get(k)]
    return [*first, place] if place else first


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _rate(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _line(position: int, line: DocumentLine, amounts: gst.LineAmounts) -> dict[str, str]:
    return {
        "no": str(position),
        "description": line.description,
        "code": line.tax_code or "",
        "quantity": f"{_quantity(line.quantity)} {line.unit}",
        "rate": gst.indian_amount(line.rate_paise),
        "discount": gst.indian_amount(line.discount_paise) if line.discount_paise else "",
        "taxable": gst.indian_amount(amounts.taxable_paise),
        "tax_rate": _rate(line.tax_rate),
    }


def _tax_rows(totals: gst.DocumentTotals) -> list[dict[str, str]]:
    return [
        {
            "rate": _rate(row.rate),
            "taxable": gst.indian_amount(row.taxable_paise),
            "cgst": gst.indian_amount(row.cgst_paise),
            "sgst": gst.indian_amount(row.sgst_paise),
            "igst": gst.indian_amount(row.igst_paise),
        }
        for row in totals.rows
    ]


def _party(party: dict[str, Any], language: Language) -> dict[str, Any]:
    return {
        "name": party.get("name") or "",
        "address": _address(party.get("address")),
        "gstin": party.get("gstin") or "",
        "state": _state(party.get("state_code"), language),
        "phones": ", ".join(party.get("phones") or []),
    }


def _payment(p: Printable, total_paise: int) -> dict[str, Any]:
    bank = p.supplier.get("bank_account") or {}
    upi_id = p.supplier.get("upi_id")
    due = p.balance_paise if p.balance_paise is not None else total_paise
    wants_qr = (
        bool(upi_id)
        and due > 0
        and p.document.kind in (DocumentKind.INVOICE, DocumentKind.QUOTATION)
        and p.document.status is not DocumentStatus.CANCELLED
    )
    uri = (
        upi_payment_uri(
            upi_id=upi_id,
            payee=str(p.supplier.get("name") or ""),
            amount_paise=due,
            note=p.document.numbering.number if p.document.numbering else "",
        )
        if wants_qr and upi_id
        else None
    )
    return {
        "bank": {k: bank.get(k, "") for k in ("number", "ifsc", "bank")} if bank else None,
        "upi_id": upi_id or "",
        "upi_uri": uri,
        "qr_svg": qr_svg(uri) if uri else None,
        "due": gst.indian_amount(due),
    }


def _challan(d: Document, language: Language) -> dict[str, Any] | None:
    """A delivery challan's purpose and where its goods go (Rule 55); None for other documents."""
    if d.kind is not DocumentKind.DELIVERY_CHALLAN:
        return None
    delivery: dict[str, Any] = dict(d.delivery or {})
    place = " ".join(str(delivery[k]) for k in ("district", "pin_code") if delivery.get(k))
    address = [str(delivery["address"])] if delivery.get("address") else []
    return {
        "purpose": LABELS[language][(d.purpose or ChallanPurpose.OTHER).value],
        "deliver_to": [*address, place] if place else address,
        "state": _state(delivery.get("state_code") or d.event_state_code, language),
        "vehicle": str(delivery.get("vehicle") or ""),
    }


def sheet_of(p: Printable, language: Language) -> dict[str, Any]:
    """Everything the template prints, as strings and lists (JSON for Typst)."""
    d = p.document
    totals = gst.document_totals([line.as_gst_line() for line in d.lines], p.regime)
    labels = LABELS[language]
    title = TITLES[language].get(p.title) or TITLES[language][d.kind]
    words = gst.rupees_in_words(totals.total_paise, language)
    return {
        "language": language,
        "labels": labels,
        "title": title,
        "number": d.numbering.number if d.numbering else "",
        "date": d.document_date.strftime("%d-%m-%Y"),
        "status_mark": (
            labels["cancelled"]
            if d.status is DocumentStatus.CANCELLED
            else labels["draft"]
            if d.numbering is None
            else ""
        ),
        "place_of_supply": _state(p.place_of_supply, language),
        "against": p.against or "",
        "supplier": _party(p.supplier, language),
        "recipient": _party(p.recipient, language),
        "regime": p.regime.value,
        "lines": [
            _line(i + 1, line, a) for i, (line, a) in enumerate(zip(d.lines, totals.lines, strict=True))
        ],
        "tax_rows": _tax_rows(totals),
        "taxable": gst.indian_amount(totals.taxable_paise),
        "cgst": gst.indian_amount(totals.cgst_paise),
        "sgst": gst.indian_amount(totals.sgst_paise),
        "igst": gst.indian_amount(totals.igst_paise),
        "round_off": gst.indian_amount(totals.round_off_paise),
        "total": gst.indian_amount(totals.total_paise),
        "paid": gst.indian_amount(p.paid_paise) if p.paid_paise else "",
        "balance": gst.indian_amount(p.balance_paise) if p.balance_paise is not None else "",
        "in_words": words,
        "payment": _payment(p, totals.total_paise),
        "terms": p.supplier.get("terms") or "",
        "notes": d.notes or "",
        "has_logo": p.has_logo,
        "has_signature": p.has_signature,
        "challan": _challan(d, language),
    }
