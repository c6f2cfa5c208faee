"""What the graph shows: a buyer's orders, a store's orders, one order, with their lines and history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from servicekit.auth import Caller
from servicekit.paging import checked_page

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import not_found
from marketplace_service.service_layer.authorization import Operation, authorize, may_manage
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.stores import managed_store


@dataclass(frozen=True)
class OrderView:
    order: Any
    lines: list[Any]
    history: list[Any]


def _page(first: int, offset: int) -> None:
    checked_page(first, offset)


async def _views(uow: Any, orders: list[Any]) -> list[OrderView]:
    ids = [o.id for o in orders]
    lines, history = await uow.orders.lines_of(ids), await uow.orders.history_of(ids)
    return [
        OrderView(o, [ln for ln in lines if ln.order_id == o.id], [h for h in history if h.order_id == o.id])
        for o in orders
    ]


async def my_orders(deps: UseCaseDependencies, caller: Caller, first: int, offset: int) -> list[OrderView]:
    buyer = uuid.UUID(authorize(caller, Operation.BUY))
    _page(first, offset)
    async with deps.unit_of_work() as uow:
        return await _views(uow, await uow.orders.orders_where(t.orders.c.buyer_id == buyer, first, offset))


async def store_orders(
    deps: UseCaseDependencies,
    caller: Caller,
    store_id: uuid.UUID,
    status: str | None,
    first: int,
    offset: int,
) -> list[OrderView]:
    _page(first, offset)
    async with deps.unit_of_work() as uow:
        await managed_store(uow, caller, store_id)
        condition = t.orders.c.store_id == store_id
        if status:
            condition = condition & (t.orders.c.status == status)
        return await _views(uow, await uow.orders.orders_where(condition, first, offset))


async def order(deps: UseCaseDependencies, caller: Caller, order_id: uuid.UUID) -> OrderView:
    authorize(caller, Operation.BUY)
    async with deps.unit_of_work() as uow:
        found = await uow.orders.order(order_id)
        if found is None:
            raise not_found("order", "id")
        if not caller.is_self(str(found.buyer_id)) and not may_manage(
            caller, await uow.stores.get(found.store_id)
        ):
            raise not_found("order", "id")
        return (await _views(uow, [found]))[0]
