"""The events the marketplace publishes, built from its rows (contracts in libs/contracts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from contracts import marketplace as m
from servicekit.events import Event


def _money(order: Any) -> m.OrderMoneyV1:
    return m.OrderMoneyV1(
        place_of_supply=order.place_of_supply,
        regime=order.regime,
        items_paise=order.items_paise,
        delivery_paise=order.delivery_paise,
        taxable_paise=order.taxable_paise,
        cgst_paise=order.cgst_paise,
        sgst_paise=order.sgst_paise,
        igst_paise=order.igst_paise,
        total_paise=order.total_paise,
    )


def _lines(lines: list[Any]) -> list[m.OrderLineV1]:
    return [
        m.OrderLineV1(
            line_id=ln.id,
            product_id=ln.product_id,
            variant_id=ln.variant_id,
            sku=ln.sku,
            title=ln.title,
            hsn=ln.hsn,
            gst_rate=str(ln.gst_rate.normalize()) if hasattr(ln.gst_rate, "normalize") else str(ln.gst_rate),
            quantity=ln.quantity,
            unit_price_paise=ln.unit_price_paise,
            taxable_paise=ln.taxable_paise,
        )
        for ln in lines
    ]


def _event(kind: str, order: Any, payload: Any) -> Event:
    return Event(kind, 1, str(order.id), payload)


def order_placed(order: Any, lines: list[Any], at: datetime) -> Event:
    payload = m.OrderPlacedV1(
        order_id=order.id,
        store_id=order.store_id,
        occurred_at=at,
        checkout_id=order.checkout_id,
        buyer_id=order.buyer_id,
        payment_mode=order.payment_mode,
        money=_money(order),
        lines=_lines(lines),
    )
    return _event(m.ORDER_PLACED, order, payload)


def order_shipped(order: Any, store: Any, lines: list[Any], at: datetime) -> Event:
    payload = m.OrderShippedV1(
        order_id=order.id,
        store_id=order.store_id,
        occurred_at=at,
        seller_id=store.owner_id,
        seller_gstin=store.gstin,
        seller_state_code=store.state_code,
        buyer_id=order.buyer_id,
        payment_mode=order.payment_mode,
        money=_money(order),
        lines=_lines(lines),
    )
    return _event(m.ORDER_SHIPPED, order, payload)


def order_moved(kind: str, order: Any, at: datetime, **extra: Any) -> Event:
    models: dict[str, type[Any]] = {
        m.ORDER_ACCEPTED: m.OrderAcceptedV1,
        m.ORDER_DELIVERED: m.OrderDeliveredV1,
        m.ORDER_CANCELLED: m.OrderCancelledV1,
        m.ORDER_REFUNDED: m.OrderRefundedV1,
    }
    payload = models[kind](order_id=order.id, store_id=order.store_id, occurred_at=at, **extra)
    return _event(kind, order, payload)


def product_changed(product: Any, in_stock: bool, at: datetime) -> Event:
    payload = m.ProductChangedV1(
        product_id=product.id,
        store_id=product.store_id,
        occurred_at=at,
        category_id=product.category_id,
        title_en=product.title_en,
        title_te=product.title_te,
        min_price_paise=product.min_price_paise,
        in_stock=in_stock,
        active=product.active,
    )
    return Event(m.PRODUCT_CHANGED, 1, str(product.id), payload)


def listing_changed(listing: Any, at: datetime) -> Event:
    payload = m.ListingChangedV1(
        listing_id=listing.id,
        seller_id=listing.seller_id,
        occurred_at=at,
        status=listing.status,
        category_id=listing.category_id,
        title=listing.title,
        condition=listing.condition,
        price_paise=listing.price_paise,
        district_id=listing.district_id,
    )
    return Event(m.LISTING_CHANGED, 1, str(listing.id), payload)


def listing_message_sent(thread: Any, sender: Any, recipient: Any, at: datetime) -> Event:
    payload = m.ListingMessageSentV1(
        listing_id=thread.listing_id,
        thread_id=thread.id,
        sender_id=sender,
        recipient_id=recipient,
        occurred_at=at,
    )
    return Event(m.LISTING_MESSAGE_SENT, 1, str(thread.listing_id), payload)
