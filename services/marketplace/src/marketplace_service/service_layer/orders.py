"""An order's life after checkout: the store accepts, packs, ships and delivers it; the buyer may
cancel before it ships, the store with a reason; a delivered order can be returned and refunded.
Each store sees and moves only its own orders; a buyer only theirs."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from contracts import marketplace as m
from servicekit.auth import Caller

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.vocabulary import MOVES, RESTOCKING, Actor, OrderAction, OrderStatus
from marketplace_service.service_layer import events
from marketplace_service.service_layer.authorization import Operation, authorize, may_manage
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork

_EVENTS = {
    OrderStatus.ACCEPTED: m.ORDER_ACCEPTED,
    OrderStatus.DELIVERED: m.ORDER_DELIVERED,
}


@dataclass(frozen=True)
class MoveOrder:
    order_id: uuid.UUID
    action: OrderAction
    reason: str | None = None


async def _actor(uow: MarketUnitOfWork, caller: Caller, order: Any, action: OrderAction) -> Actor:
    """Who the caller is to this order for this action; NOT_FOUND when they are neither."""
    caller_id = authorize(caller, Operation.BUY)
    store = await uow.stores.get(order.store_id)
    buyer = caller.is_self(str(order.buyer_id))
    if buyer and (action, Actor.BUYER) in MOVES:
        return Actor.BUYER
    if may_manage(caller, store):
        return Actor.STORE
    if buyer or caller_id is None:
        raise MarketError(MarketErrorCode.FORBIDDEN, "Only the store does that.", "action")
    raise not_found("order", "orderId")


async def _restock(uow: MarketUnitOfWork, order_id: uuid.UUID) -> None:
    back: defaultdict[uuid.UUID, int] = defaultdict(int)
    for line in await uow.orders.lines_of([order_id]):
        back[line.variant_id] += line.quantity
    await uow.catalogue.give_back_stock(dict(back))


async def move_order(deps: UseCaseDependencies, caller: Caller, command: MoveOrder) -> None:
    reason = (command.reason or "").strip()[:500] or None
    async with deps.unit_of_work() as uow:
        order = await uow.orders.order(command.order_id, lock=True)
        if order is None:
            raise not_found("order", "orderId")
        actor = await _actor(uow, caller, order, command.action)
        allowed = MOVES.get((command.action, actor))
        if allowed is None or OrderStatus(order.status) not in allowed[0]:
            raise MarketError(
                MarketErrorCode.INVALID_TRANSITION,
                f"An order that is {order.status} cannot be {command.action}ed.",
                "action",
            )
        target = allowed[1]
        if command.action is OrderAction.CANCEL and actor is Actor.STORE and not reason:
            raise MarketError(
                MarketErrorCode.REASON_REQUIRED, "Tell the buyer why the order is cancelled.", "reason"
            )
        if target is OrderStatus.REFUNDED and order.status == OrderStatus.CANCELLED and not order.paid:
            raise MarketError(
                MarketErrorCode.INVALID_TRANSITION, "Nothing was paid for this order.", "action"
            )
        now = deps.clock()
        extra: dict[str, Any] = {"reason": reason} if reason else {}
        if target is OrderStatus.DELIVERED:
            extra["delivered_at"] = now
        await uow.orders.move(
            order.id, target.value, now, by=uuid.UUID(caller.user_id or ""), note=reason, **extra
        )
        if target in RESTOCKING:
            await _restock(uow, order.id)
        await _publish(uow, order, target, actor, reason, now)
        await uow.commit()


async def _publish(
    uow: MarketUnitOfWork, order: Any, target: OrderStatus, actor: Actor, reason: str | None, now: Any
) -> None:
    if target in _EVENTS:
        uow.publish(events.order_moved(_EVENTS[target], order, now))
    elif target is OrderStatus.CANCELLED:
        uow.publish(
            events.order_moved(m.ORDER_CANCELLED, order, now, cancelled_by=actor.value, reason=reason)
        )
    elif target is OrderStatus.REFUNDED:
        uow.publish(events.order_moved(m.ORDER_REFUNDED, order, now, amount_paise=order.total_paise))
    elif target is OrderStatus.SHIPPED:
        store = await uow.stores.get(order.store_id)
        lines = await uow.orders.lines_of([order.id])
        uow.publish(events.order_shipped(order, store, lines, now))
