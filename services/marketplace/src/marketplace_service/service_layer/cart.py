"""The buyer's cart: lines of any stores' variants, checked against stock when put in."""

from __future__ import annotations

import uuid
from typing import Any

from servicekit.auth import Caller

from marketplace_service.domain.errors import MarketError, MarketErrorCode, OutOfStock, not_found
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies

MAX_QUANTITY = 1000


async def set_cart_quantity(
    deps: UseCaseDependencies, caller: Caller, variant_id: uuid.UUID, quantity: int
) -> None:
    """Put `quantity` of a variant in the cart (0 takes it out)."""
    buyer = uuid.UUID(authorize(caller, Operation.BUY))
    if not 0 <= quantity <= MAX_QUANTITY:
        raise MarketError(MarketErrorCode.INVALID_QUANTITY, f"A quantity is 0 to {MAX_QUANTITY}.", "quantity")
    async with deps.unit_of_work() as uow:
        variant = await uow.catalogue.variant(variant_id)
        if variant is None:
            raise not_found("variant", "variantId")
        if quantity > variant.stock:
            raise OutOfStock(variant.sku)
        await uow.orders.put_in_cart(buyer, variant_id, quantity, deps.clock())
        await uow.commit()


async def cart(deps: UseCaseDependencies, caller: Caller) -> list[Any]:
    buyer = uuid.UUID(authorize(caller, Operation.BUY))
    async with deps.unit_of_work() as uow:
        return await uow.orders.cart(buyer)
