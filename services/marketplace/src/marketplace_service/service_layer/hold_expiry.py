"""Stock holds that ran out: the checkout expires, its orders are cancelled as unpaid and their
stock goes back on sale. Several sweepers may run at once (SKIP LOCKED)."""

from __future__ import annotations

import uuid
from collections import defaultdict

from contracts import marketplace as m

from marketplace_service.domain.vocabulary import OrderStatus
from marketplace_service.service_layer import events
from marketplace_service.service_layer.dependencies import UseCaseDependencies

BATCH = 100


async def expire_holds(deps: UseCaseDependencies, *, batch: int = BATCH) -> int:
    """One batch of expired holds released; how many checkouts."""
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        expired = await uow.orders.expired_checkouts(now, batch)
        for checkout in expired:
            await uow.orders.update_checkout(checkout.id, {"status": "expired"})
            orders = await uow.orders.orders_of_checkout(checkout.id)
            back: defaultdict[uuid.UUID, int] = defaultdict(int)
            for line in await uow.orders.lines_of([o.id for o in orders]):
                back[line.variant_id] += line.quantity
            await uow.catalogue.give_back_stock(dict(back))
            for order in orders:
                await uow.orders.move(order.id, OrderStatus.PAYMENT_EXPIRED.value, now, by=None)
                uow.publish(
                    events.order_moved(
                        m.ORDER_CANCELLED, order, now, cancelled_by="payment_expired", reason=None
                    )
                )
        await uow.commit()
    return len(expired)


async def sweep(deps: UseCaseDependencies) -> int:
    """Batches until one comes back short: every hold that ran out, released."""
    total = 0
    while (done := await expire_holds(deps)) > 0:
        total += done
        if done < BATCH:
            break
    return total
