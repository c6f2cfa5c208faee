"""marketplace.order.shipped: the store owner's tax invoice for the order, issued inside the consumer's
transaction (so the invoice, its number, its event and the inbox row commit together; a redelivered
event, or a second one for the same order, issues nothing more)."""

from __future__ import annotations

import gst
import structlog
from contracts import marketplace as m
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.seller_invoices import ShippedOrder, issue_seller_invoice, order_lines
from billing_service.service_layer.unit_of_work import BillingUnitOfWork

log = structlog.get_logger(__name__)


def shipped_order(o: m.OrderShippedV1) -> ShippedOrder | None:
    """The order as billing invoices it; None for the platform's own store (no seller account)."""
    if o.seller_id is None:
        return None
    items = [(ln.title, ln.hsn, ln.quantity, ln.unit_price_paise, ln.gst_rate) for ln in o.lines]
    return ShippedOrder(
        order_id=o.order_id,
        seller_id=o.seller_id,
        seller_gstin=o.seller_gstin,
        seller_state=o.seller_state_code,
        buyer_id=o.buyer_id,
        shipped_at=o.occurred_at,
        place_of_supply=o.money.place_of_supply,
        regime=gst.TaxRegime(o.money.regime),
        lines=order_lines(items, o.money.delivery_paise),
    )


def marketplace_handlers(deps: UseCaseDependencies, *, producer: str = "billing") -> HandlerRegistry:
    registry = HandlerRegistry()

    @registry.on(m.ORDER_SHIPPED, version=1)
    async def invoice_the_shipment(session: AsyncSession, envelope: Envelope) -> None:
        order = shipped_order(m.OrderShippedV1.model_validate(envelope.payload))
        if order is None:
            log.info("platform_store_order_not_invoiced", order_id=envelope.key)
            return
        async with BillingUnitOfWork.joining(session, producer=producer, trace_id=envelope.trace_id) as uow:
            await issue_seller_invoice(uow, deps, order)
            await uow.commit()

    return registry
