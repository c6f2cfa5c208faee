"""One cart checked out several times at once makes one order: the checkouts claim the cart first."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from marketplace_service.bootstrap import build_services
from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.vocabulary import PaymentMode
from marketplace_service.service_layer import cart, checkout
from marketplace_service.settings import MarketplaceSettings
from servicekit.db import create_engine
from sqlalchemy.ext.asyncio import AsyncEngine

from .scenarios import address, approved_store, buyer, listed, shamiana, variant_of

CHECKOUTS = 8


async def test_one_cart_checked_out_eight_times_at_once_makes_one_order_and_takes_stock_once(
    service_database_url: str, service_settings: MarketplaceSettings, service_engine: AsyncEngine
) -> None:
    """Each checkout runs on its own connection, all released together behind a barrier. Without
    the claim each read the same cart before any emptied it, and each placed an order."""
    engine = create_engine(service_database_url, pool_size=CHECKOUTS)
    deps = build_services(service_settings, engine, None).deps
    try:
        owner, store_id = await approved_store(deps)
        product = await listed(deps, owner, store_id, shamiana(stock=50, sku="ONE-CART"))
        variant = await variant_of(deps, product)
        who = buyer()
        await cart.set_cart_quantity(deps, who, variant.id, 2)
        async with engine.connect() as warm:
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(CHECKOUTS)

        async def check_out() -> str:
            await barrier.wait()
            try:
                await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
            except MarketError as refusal:
                return str(refusal.code)
            return "ordered"

        outcomes = await asyncio.gather(*(check_out() for _ in range(CHECKOUTS)))
        async with engine.connect() as check:
            orders = await check.scalar(
                sa.text("SELECT count(*) FROM orders WHERE buyer_id = :b"), {"b": who.user_id}
            )
        assert outcomes.count("ordered") == 1
        assert outcomes.count(MarketErrorCode.CART_EMPTY) == CHECKOUTS - 1
        assert orders == 1
        assert (await variant_of(deps, product)).stock == 48
    finally:
        await engine.dispose()
