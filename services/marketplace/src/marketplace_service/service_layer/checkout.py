"""Checkout: the cart split into one order per store, priced (delivery, GST), its stock taken.

Cash or UPI on delivery places the orders at once. Online payment holds the stock for
`hold_minutes` while the buyer pays the provider; the payment places the orders, or the sweeper
(hold_expiry.py) gives the stock back. Stock is taken in variant id order with one conditional
UPDATE per line (CatalogueRepository.take_stock): it never goes below zero, and nothing is written
unless every line could be had (decision 0030).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import india
from india.pin_directory import area_for_pin
from servicekit.auth import Caller

from marketplace_service.domain import stores as terms
from marketplace_service.domain.errors import MarketError, MarketErrorCode, OutOfStock
from marketplace_service.domain.pricing import PricedLine, order_money
from marketplace_service.domain.texts import required_text
from marketplace_service.domain.vocabulary import OrderStatus, PaymentMode, StoreStatus
from marketplace_service.payments.provider import ProviderUnavailable
from marketplace_service.service_layer import events
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork


@dataclass(frozen=True)
class DeliveryAddress:
    name: str
    phone: str
    line: str
    city: str
    pin_code: str


@dataclass(frozen=True)
class Checkout:
    address: DeliveryAddress
    payment_mode: PaymentMode


@dataclass(frozen=True)
class CheckoutResult:
    checkout_id: uuid.UUID
    order_ids: list[uuid.UUID]
    total_paise: int
    provider_order_id: str | None = None
    provider_key_id: str | None = None


def _address(raw: DeliveryAddress) -> tuple[dict[str, str], str, str | None]:
    pin = terms.pin_code(raw.pin_code, "pinCode")
    try:
        phone = india.normalise_phone(raw.phone)
    except india.IndiaError as error:
        raise MarketError(MarketErrorCode.INVALID_INPUT, str(error), "phone") from None
    area = area_for_pin(pin)
    if area is None:
        raise MarketError(MarketErrorCode.INVALID_PIN_CODE, "We do not know that PIN code.", "pinCode")
    district = area.district
    address = {
        "name": required_text(raw.name, "name"),
        "phone": phone,
        "line": required_text(raw.line, "line", limit=200),
        "city": required_text(raw.city, "city"),
        "pin_code": pin,
    }
    return address, area.state.code, district.id if district else None


def _check_lines(lines: list[Any], stores: dict[uuid.UUID, Any], pin: str, district: str | None) -> None:
    if not lines:
        raise MarketError(MarketErrorCode.CART_EMPTY, "The cart is empty.", "cart")
    for line in lines:
        store = stores[line.store_id]
        if store.status != StoreStatus.APPROVED.value or not line.active:
            raise MarketError(MarketErrorCode.STORE_SUSPENDED, f"{line.sku} is not on sale now.", "cart")
        delivery = terms.DeliveryTerms(tuple(store.delivery_pins), tuple(store.delivery_districts), 0, None)
        if not delivery.delivers_to(pin, district):
            raise MarketError(
                MarketErrorCode.NOT_DELIVERED_HERE, f"{store.name_en} does not deliver to {pin}.", "pinCode"
            )


async def _take_stock(uow: MarketUnitOfWork, lines: list[Any], deps: UseCaseDependencies) -> None:
    for line in sorted(lines, key=lambda ln: ln.variant_id):  # one order of locks: no deadlocks
        if not await uow.catalogue.take_stock(line.variant_id, line.quantity):
            raise OutOfStock(line.sku)


async def _add_store_order(
    uow: MarketUnitOfWork, store: Any, lines: list[Any], common: dict[str, Any], state: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    priced = [PricedLine(ln.quantity, ln.price_paise, ln.gst_rate) for ln in lines]
    items = sum(p.taxable_paise for p in priced)
    delivery = terms.DeliveryTerms((), (), store.delivery_flat_paise, store.free_delivery_above_paise)
    money = order_money(
        priced,
        delivery_paise=delivery.charge_for(items),
        store_state=store.state_code,
        store_gstin=store.gstin,
        delivery_state=state,
    )
    order = {
        **common,
        "id": uuid.uuid4(),
        "store_id": store.id,
        "place_of_supply": money.place_of_supply,
        "regime": money.regime.value,
        "items_paise": money.items_paise,
        "delivery_paise": money.delivery_paise,
        "taxable_paise": money.taxable_paise,
        "cgst_paise": money.cgst_paise,
        "sgst_paise": money.sgst_paise,
        "igst_paise": money.igst_paise,
        "total_paise": money.total_paise,
    }
    rows = [
        {
            "id": uuid.uuid4(),
            "order_id": order["id"],
            "variant_id": ln.variant_id,
            "product_id": ln.product_id,
            "title": ln.title_en if ln.label == "Standard" else f"{ln.title_en} ({ln.label})",
            "sku": ln.sku,
            "hsn": ln.hsn,
            "gst_rate": ln.gst_rate,
            "quantity": ln.quantity,
            "unit_price_paise": ln.price_paise,
            "taxable_paise": p.taxable_paise,
            "position": i,
        }
        for i, (ln, p) in enumerate(zip(lines, priced, strict=True))
    ]
    await uow.orders.add_order(order, rows)
    return order, rows


async def check_out(deps: UseCaseDependencies, caller: Caller, command: Checkout) -> CheckoutResult:
    buyer = uuid.UUID(authorize(caller, Operation.BUY))
    address, state, district = _address(command.address)
    online = command.payment_mode is PaymentMode.ONLINE
    if online and deps.payments is None:
        raise MarketError(
            MarketErrorCode.PAYMENT_UNAVAILABLE, "Online payment is not available.", "paymentMode"
        )
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        await uow.orders.claim_cart(buyer)  # before the read: one checkout per cart
        lines = await uow.orders.cart(buyer)
        stores = {s: await uow.stores.get(s) for s in {ln.store_id for ln in lines}}
        _check_lines(lines, stores, address["pin_code"], district)
        await _take_stock(uow, lines, deps)
        checkout_id = uuid.uuid4()
        status = OrderStatus.AWAITING_PAYMENT if online else OrderStatus.PLACED
        common = {
            "checkout_id": checkout_id,
            "buyer_id": buyer,
            "status": status.value,
            "payment_mode": command.payment_mode.value,
            "paid": False,
            "delivery_address": address,
            "created_at": now,
            "updated_at": now,
        }
        await uow.orders.add_checkout(
            {
                "id": checkout_id,
                "buyer_id": buyer,
                "payment_mode": command.payment_mode.value,
                "status": "awaiting_payment" if online else "on_delivery",
                "total_paise": 0,
                "hold_expires_at": now + timedelta(minutes=deps.hold_minutes) if online else None,
                "created_at": now,
            }
        )
        by_store: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for line in lines:
            by_store[line.store_id].append(line)
        placed = [
            await _add_store_order(uow, stores[s], by_store[s], common, state) for s in sorted(by_store)
        ]
        total = sum(order["total_paise"] for order, _ in placed)
        await uow.orders.update_checkout(checkout_id, {"total_paise": total})
        for order, rows in placed:
            await uow.orders.record(order["id"], status.value, now, by=buyer)
            if not online:
                uow.publish(events.order_placed(_Row(order), [_Row(r) for r in rows], now))
        await uow.orders.empty_cart(buyer)
        await uow.commit()
    result = CheckoutResult(checkout_id, [o["id"] for o, _ in placed], total)
    return await _provider_order(deps, result) if online else result


async def _provider_order(deps: UseCaseDependencies, result: CheckoutResult) -> CheckoutResult:
    """The provider's order for the checkout's total, made after the stock is held (never while a
    transaction waits on the network). If the provider is away, the hold simply runs out."""
    assert deps.payments is not None
    try:
        made = await deps.payments.create_order(
            amount_paise=result.total_paise, receipt=str(result.checkout_id)
        )
    except ProviderUnavailable:
        raise MarketError(
            MarketErrorCode.PAYMENT_UNAVAILABLE,
            "The payment provider did not answer; try again.",
            "paymentMode",
        ) from None
    async with deps.unit_of_work() as uow:
        await uow.orders.update_checkout(result.checkout_id, {"provider_order_id": made.id})
        await uow.commit()
    return CheckoutResult(
        result.checkout_id, result.order_ids, result.total_paise, made.id, deps.payments.key_id
    )


class _Row:
    """A dict read like a database row (what the event builders take)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
