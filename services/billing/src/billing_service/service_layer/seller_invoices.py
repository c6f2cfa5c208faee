"""A store owner's tax invoice for a marketplace order, issued when the goods leave the store (a goods
invoice is due at or before removal, CGST s.31(1)): the order's lines and delivery charge as the
marketplace priced them (libs/gst, the same arithmetic), numbered in the seller's invoice series like
any invoice (decision 0023), once per order (decision 0045)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import gst

from billing_service.domain.documents import Document, LineInput, Numbering, amounts_of, checked_lines
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer import events
from billing_service.service_layer.dependencies import INDIA, UseCaseDependencies
from billing_service.service_layer.issuing import numbered, series_for
from billing_service.service_layer.unit_of_work import BillingUnitOfWork

DELIVERY = "Delivery charge"


@dataclass(frozen=True)
class ShippedOrder:
    order_id: uuid.UUID
    seller_id: uuid.UUID
    seller_gstin: str | None
    seller_state: str
    buyer_id: uuid.UUID
    shipped_at: datetime
    place_of_supply: str
    regime: gst.TaxRegime
    lines: list[LineInput]


def order_lines(items: list[tuple[str, str, int, int, str]], delivery_paise: int) -> list[LineInput]:
    """(title, HSN, quantity, unit price, GST rate) per item; the delivery charge goes with the goods
    (a composite supply: the principal supply's code and its highest rate, as the marketplace taxed it)."""
    lines = [
        LineInput(title[:200], str(qty), price, rate, "nos", hsn) for title, hsn, qty, price, rate in items
    ]
    if delivery_paise > 0:
        top = max(items, key=lambda item: gst.parse_rate(item[4]))
        lines.append(LineInput(DELIVERY, "1", delivery_paise, top[4], "nos", top[1]))
    return lines


async def _supplier(
    uow: BillingUnitOfWork, order: ShippedOrder
) -> tuple[dict[str, Any], gst.RegistrationType]:
    """The seller as the marketplace knew it at shipping (GSTIN and state) with billing's copy of its
    name and address; registered when it has a GSTIN, as the marketplace priced the order."""
    facts = await uow.profiles.facts(order.seller_id)
    profile = await uow.profiles.profile(order.seller_id)
    registration = gst.RegistrationType.REGULAR if order.seller_gstin else gst.RegistrationType.UNREGISTERED
    name = (profile.legal_name if profile else None) or (facts.business_name or facts.name if facts else None)
    return {
        "name": name or "",
        "gstin": order.seller_gstin,
        "state_code": order.seller_state,
        "address": facts.address if facts else None,
        "registration_type": registration.value,
        "upi_id": profile.upi_id if profile else None,
        "bank_account": profile.bank_account if profile else None,
        "terms": profile.default_terms if profile else None,
    }, registration


def _recipient(order: ShippedOrder) -> dict[str, Any]:
    # Buyers' names and addresses do not travel on the marketplace's events (decision 0030): the
    # invoice names the order, which the marketplace keeps with the buyer's details.
    return {
        "name": f"Marketplace order {str(order.order_id)[:8].upper()}",
        "buyer_id": str(order.buyer_id),
        "order_id": str(order.order_id),
        "gstin": None,
        "state_code": order.place_of_supply,
    }


async def issue_seller_invoice(
    uow: BillingUnitOfWork, deps: UseCaseDependencies, order: ShippedOrder
) -> Document | None:
    """The order's invoice, issued in ``uow`` (not committed here); None when it has one already."""
    if await uow.documents.of_order(order.order_id) is not None:
        return None
    supplier, registration = await _supplier(uow, order)
    lines = checked_lines(order.lines)
    draft = Document(
        id=uuid.uuid4(),
        organizer_id=order.seller_id,
        kind=DocumentKind.INVOICE,
        status=DocumentStatus.DRAFT,
        client_id=None,
        document_date=order.shipped_at.astimezone(INDIA).date(),
        lines=lines,
        amounts=amounts_of(lines, order.regime),
        version=1,
        notes=f"Marketplace order {order.order_id}",
        supplier=supplier,
        recipient=_recipient(order),
        place_of_supply=order.place_of_supply,
        regime=order.regime,
        title=gst.document_title(registration).value,
        order_id=order.order_id,
    )
    await uow.documents.add(draft)
    series = await series_for(uow, draft, None)
    year = gst.financial_year_of(draft.document_date)
    issued = await numbered(
        uow, draft, Numbering(series.id, year.start_year, 0, "", deps.clock()), series.prefix
    )
    uow.publish(events.invoice_issued(issued, deps.clock()))
    return issued
