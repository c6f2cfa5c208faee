"""Checkout splits the cart per store, prices delivery and GST, takes stock, and writes nothing
when any line cannot be had."""

from __future__ import annotations

import pytest
from contracts import marketplace as m
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.vocabulary import PaymentMode, StoreStatus
from marketplace_service.service_layer import cart, checkout, reads, stores
from servicekit.errors import DomainError
from sqlalchemy import text

from .scenarios import (
    ADMIN,
    VIJAYAWADA_PIN,
    address,
    approved_store,
    bought,
    buyer,
    listed,
    shamiana,
    variant_of,
)


async def outbox_types(services: MarketplaceServices) -> list[str]:
    async with services.deps.unit_of_work() as uow:
        return list((await uow.session.scalars(text("SELECT type FROM outbox ORDER BY position"))).all())


async def test_a_cart_across_two_stores_becomes_two_orders_with_delivery_and_gst(
    services: MarketplaceServices,
) -> None:
    deps, who = services.deps, buyer()
    owner_a, store_a = await approved_store(deps)
    owner_b, store_b = await approved_store(deps, free_delivery_above_paise=None)
    tent = await variant_of(deps, await listed(deps, owner_a, store_a))
    other = await variant_of(deps, await listed(deps, owner_b, store_b, shamiana(price=10000)))
    await cart.set_cart_quantity(deps, who, tent.id, 2)
    await cart.set_cart_quantity(deps, who, other.id, 1)
    result = await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
    assert len(result.order_ids) == 2
    orders = {v.order.store_id: v.order for v in await reads.my_orders(deps, who, 10, 0)}
    big, small = orders[store_a], orders[store_b]
    # Rs 3,000 of goods clears the free-delivery line; Rs 100 pays Rs 50 delivery, taxed with the goods.
    assert (big.items_paise, big.delivery_paise, big.cgst_paise, big.sgst_paise, big.igst_paise) == (
        300000,
        0,
        18000,
        18000,
        0,
    )
    assert (small.items_paise, small.delivery_paise, small.taxable_paise) == (10000, 5000, 15000)
    assert small.cgst_paise + small.sgst_paise == 1800
    assert result.total_paise == big.total_paise + small.total_paise
    assert (await variant_of(deps, tent.product_id)).stock == 8
    assert await cart.cart(deps, who) == []
    assert (await outbox_types(services)).count(m.ORDER_PLACED) == 2


async def test_delivery_to_another_state_is_charged_igst(services: MarketplaceServices) -> None:
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    await cart.set_cart_quantity(deps, who, tent.id, 1)
    await checkout.check_out(
        deps, who, checkout.Checkout(address(VIJAYAWADA_PIN), PaymentMode.UPI_ON_DELIVERY)
    )
    order = (await reads.my_orders(deps, who, 1, 0))[0].order
    # Rs 1,500 of goods and Rs 50 delivery, 12% IGST across the state line.
    assert (order.place_of_supply, order.regime, order.igst_paise, order.cgst_paise) == (
        "37",
        "inter_state",
        18600,
        0,
    )


async def test_a_quantity_over_the_stock_is_out_of_stock_and_nothing_is_written(
    services: MarketplaceServices,
) -> None:
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id, shamiana(stock=2)))
    with pytest.raises(DomainError) as over:
        await cart.set_cart_quantity(deps, who, tent.id, 3)
    assert over.value.code == MarketErrorCode.OUT_OF_STOCK
    rival = buyer()
    await cart.set_cart_quantity(deps, who, tent.id, 2)
    await bought(deps, rival, tent.id, 1)
    with pytest.raises(DomainError) as late:
        await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
    assert late.value.code == MarketErrorCode.OUT_OF_STOCK
    assert (await variant_of(deps, tent.product_id)).stock == 1
    assert await reads.my_orders(deps, who, 10, 0) == []
    assert len(await cart.cart(deps, who)) == 1


async def test_a_cart_line_of_a_suspended_store_cannot_be_checked_out(services: MarketplaceServices) -> None:
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    await cart.set_cart_quantity(deps, who, tent.id, 1)
    await stores.set_store_status(deps, ADMIN, store_id, StoreStatus.SUSPENDED, "complaints")
    with pytest.raises(DomainError) as refused:
        await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
    assert refused.value.code == MarketErrorCode.STORE_SUSPENDED


async def test_an_empty_cart_and_an_undelivered_pin_are_refused(services: MarketplaceServices) -> None:
    deps, who = services.deps, buyer()
    with pytest.raises(DomainError) as empty:
        await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
    assert empty.value.code == MarketErrorCode.CART_EMPTY
    owner, store_id = await approved_store(deps, delivery_districts=["Hyderabad"])
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    await cart.set_cart_quantity(deps, who, tent.id, 1)
    with pytest.raises(DomainError) as far:
        await checkout.check_out(deps, who, checkout.Checkout(address(VIJAYAWADA_PIN), PaymentMode.COD))
    assert far.value.code == MarketErrorCode.NOT_DELIVERED_HERE
