"""Online payments: the provider tells us (a signed webhook) or the buyer's app does (a signed
checkout answer) that a checkout was paid; either places its orders, once (decision 0031)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from servicekit.auth import Caller

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.vocabulary import OrderStatus
from marketplace_service.payments.signatures import payment_signed, webhook_signed
from marketplace_service.service_layer import events
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies

CAPTURED = {"payment.captured", "order.paid"}


@dataclass(frozen=True)
class PaymentNotice:
    event_id: str
    kind: str
    provider_order_id: str
    payment_id: str
    amount_paise: int


@dataclass(frozen=True)
class PaymentSecrets:
    key_secret: str
    webhook_secret: str


def notice_of(body: bytes, event_id: str | None) -> PaymentNotice:
    """What a provider webhook says; INVALID_INPUT for a body that is not one."""
    try:
        data = json.loads(body)
        entity = data["payload"]["payment"]["entity"]
        notice = PaymentNotice(
            event_id or f"{data['event']}:{entity['id']}",
            str(data["event"]),
            str(entity["order_id"]),
            str(entity["id"]),
            int(entity["amount"]),
        )
    except (ValueError, KeyError, TypeError):
        raise MarketError(MarketErrorCode.INVALID_INPUT, "Not a payment notice.") from None
    return notice


async def receive_webhook(
    deps: UseCaseDependencies,
    secrets: PaymentSecrets,
    body: bytes,
    signature: str | None,
    event_id: str | None,
) -> bool:
    """Apply a provider webhook; True when it changed something, False for a replay or a notice we
    do not act on. A forged one (signature not ours) is refused before anything is read."""
    if not webhook_signed(secrets.webhook_secret, body, signature):
        raise MarketError(MarketErrorCode.WEBHOOK_SIGNATURE_INVALID, "The signature does not match.")
    return await apply_payment(deps, notice_of(body, event_id))


async def confirm_payment(
    deps: UseCaseDependencies,
    caller: Caller,
    secrets: PaymentSecrets,
    provider_order_id: str,
    payment_id: str,
    signature: str,
) -> bool:
    """The buyer's app passes on the provider's signed answer at the end of its checkout."""
    authorize(caller, Operation.BUY)
    if not payment_signed(secrets.key_secret, provider_order_id, payment_id, signature):
        raise MarketError(MarketErrorCode.WEBHOOK_SIGNATURE_INVALID, "The payment signature does not match.")
    notice = PaymentNotice(
        f"payment.captured:{payment_id}", "payment.captured", provider_order_id, payment_id, -1
    )
    return await apply_payment(deps, notice)


async def apply_payment(deps: UseCaseDependencies, notice: PaymentNotice) -> bool:
    if notice.kind not in CAPTURED:
        return False
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        checkout = await uow.orders.checkout_by_provider_order(notice.provider_order_id)
        if checkout is None:
            raise not_found("payment order")
        if checkout.status == "paid":  # the webhook and the app both tell: the second changes nothing
            return False
        if checkout.status != "awaiting_payment" or (
            checkout.hold_expires_at and checkout.hold_expires_at <= now
        ):
            raise MarketError(MarketErrorCode.HOLD_EXPIRED, "The stock hold ran out before the payment came.")
        if notice.amount_paise not in (-1, checkout.total_paise):
            raise MarketError(MarketErrorCode.INVALID_INPUT, "The amount paid is not the checkout's total.")
        if not await uow.orders.first_time_seen(notice.event_id, notice.provider_order_id, notice.kind, now):
            return False
        await uow.orders.update_checkout(checkout.id, {"status": "paid"})
        orders = await uow.orders.orders_of_checkout(checkout.id)
        lines = await uow.orders.lines_of([o.id for o in orders])
        for order in orders:
            await uow.orders.move(
                order.id, OrderStatus.PLACED.value, now, by=None, paid=True, note=notice.payment_id
            )
            placed = await uow.orders.order(order.id)
            uow.publish(events.order_placed(placed, [ln for ln in lines if ln.order_id == order.id], now))
        await uow.commit()
    return True
