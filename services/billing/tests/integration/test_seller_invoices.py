"""marketplace.order.shipped in billing: the store owner's tax invoice for the order (its lines and the
delivery charge, taxed as the marketplace priced them), numbered in the seller's invoice series, once
per order, listed in the store owner's billing documents and printed like any invoice."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from billing_service.bootstrap import BillingServices
from billing_service.consumers.marketplace_events import marketplace_handlers
from billing_service.consumers.users_events import keep_profile_facts
from billing_service.domain.vocabulary import DocumentKind
from billing_service.service_layer import pdf_files, reads
from contracts import marketplace as m
from servicekit.auth import Caller, Role
from servicekit.events import Envelope

from .pdf_reading import pdf_text, squeezed
from .scenarios import HYDERABAD_GSTIN, profile_changed


def shipped(seller: uuid.UUID | None, order_id: uuid.UUID) -> Envelope:
    """Two shamianas' worth of goods from a Hyderabad store to a buyer in Andhra Pradesh (IGST)."""
    line = {"product_id": str(uuid.uuid4()), "variant_id": str(uuid.uuid4())}
    payload = m.OrderShippedV1.model_validate(
        {
            "order_id": str(order_id),
            "store_id": str(uuid.uuid4()),
            "occurred_at": datetime.now(UTC).isoformat(),
            "seller_id": str(seller) if seller else None,
            "seller_gstin": HYDERABAD_GSTIN,
            "seller_state_code": "36",
            "buyer_id": str(uuid.uuid4()),
            "payment_mode": "cod",
            "money": {
                "place_of_supply": "37",
                "regime": "inter_state",
                "items_paise": 13_800_00,
                "delivery_paise": 300_00,
                "taxable_paise": 14_100_00,
                "cgst_paise": 0,
                "sgst_paise": 0,
                "igst_paise": 1_818_00,
                "total_paise": 15_918_00,
            },
            "lines": [
                {
                    **line,
                    "line_id": str(uuid.uuid4()),
                    "sku": "SHM-40",
                    "title": "Shamiana 40x60",
                    "hsn": "6306",
                    "gst_rate": "12",
                    "quantity": 1,
                    "unit_price_paise": 12_000_00,
                    "taxable_paise": 12_000_00,
                },
                {
                    **line,
                    "line_id": str(uuid.uuid4()),
                    "sku": "LGT-10",
                    "title": "Serial lights",
                    "hsn": "9405",
                    "gst_rate": "18",
                    "quantity": 4,
                    "unit_price_paise": 450_00,
                    "taxable_paise": 1_800_00,
                },
            ],
        }
    )
    return Envelope(
        id=uuid.uuid4(),
        type=m.ORDER_SHIPPED,
        version=1,
        occurred_at=payload.occurred_at,
        producer="marketplace",
        key=str(order_id),
        trace_id=None,
        payload=payload.model_dump(mode="json"),
    )


async def _deliver(services: BillingServices, event: Envelope) -> None:
    handler = marketplace_handlers(services.deps).handler_for(event)
    assert handler is not None
    async with services.deps.unit_of_work() as uow:
        await handler(uow.session, event)
        await uow.commit()


async def _store_owner(services: BillingServices) -> Caller:
    owner = Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.STORE_OWNER}))
    async with services.deps.unit_of_work() as uow:
        await keep_profile_facts(uow.session, profile_changed(owner))
        await uow.commit()
    return owner


async def _outbox(services: BillingServices, key: str) -> list[Any]:
    async with services.deps.unit_of_work() as uow:
        rows = await uow.session.execute(sa.text("SELECT type FROM outbox WHERE key = :k"), {"k": key})
        return [r.type for r in rows]


async def test_a_shipped_order_gets_the_store_owners_tax_invoice_once(services: BillingServices) -> None:
    deps = services.deps
    owner, order_id = await _store_owner(services), uuid.uuid4()
    await _deliver(services, shipped(uuid.UUID(str(owner.user_id)), order_id))
    await _deliver(services, shipped(uuid.UUID(str(owner.user_id)), order_id))  # shipped again: no second

    (view,) = await reads.documents(
        deps, owner, uuid.UUID(str(owner.user_id)), DocumentKind.INVOICE, first=10, offset=0
    )
    invoice = view.document
    assert invoice.numbering is not None
    assert invoice.numbering.number.startswith("INV/")
    assert invoice.numbering.number.endswith("/1")
    assert (invoice.title, invoice.place_of_supply, invoice.order_id) == ("Tax Invoice", "37", order_id)
    assert [(ln.description, ln.tax_code, ln.rate_paise) for ln in invoice.lines] == [
        ("Shamiana 40x60", "6306", 12_000_00),
        ("Serial lights", "9405", 450_00),
        ("Delivery charge", "9405", 300_00),
    ]
    a = invoice.amounts
    assert (a.taxable_paise, a.cgst_paise, a.sgst_paise, a.igst_paise) == (14_100_00, 0, 0, 1_818_00)
    assert await _outbox(services, str(invoice.id)) == ["billing.invoice.issued"]

    page = pdf_text((await pdf_files.render_pdf(deps, invoice.id, "en")).content)
    for shown in (
        "Tax Invoice",
        "Sri Sai Decorators",
        f"Marketplace order {str(order_id)[:8].upper()}",
        "IGST",
    ):
        assert squeezed(shown) in page, shown


async def test_the_platform_stores_orders_are_not_invoiced_here(services: BillingServices) -> None:
    order_id = uuid.uuid4()
    await _deliver(services, shipped(None, order_id))
    async with services.deps.unit_of_work() as uow:
        assert await uow.documents.of_order(order_id) is None
