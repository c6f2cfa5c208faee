"""Stock never goes below zero: 100 buyers for the last unit at once."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import sqlalchemy as sa
from marketplace_service.adapters import tables as t
from marketplace_service.adapters.catalogue_repository import CatalogueRepository
from marketplace_service.bootstrap import build_services
from marketplace_service.domain.errors import MarketErrorCode, OutOfStock
from marketplace_service.domain.vocabulary import PaymentMode
from marketplace_service.service_layer import cart, checkout
from marketplace_service.settings import MarketplaceSettings
from servicekit.auth import Caller
from servicekit.db import create_engine
from sqlalchemy.ext.asyncio import AsyncEngine

from .scenarios import address, approved_store, buyer, listed, shamiana, variant_of

RIVALS = 100


async def race_for_the_last_unit(
    url: str, settings: MarketplaceSettings, session_engine: AsyncEngine
) -> tuple[list[str], int]:
    # 100 rivals on 100 connections is all of the embedded server's max_connections: the session's
    # own engine gives back its idle pooled connections first (it opens new ones when next used).
    await session_engine.dispose()
    engine = create_engine(url, pool_size=RIVALS)
    deps = build_services(settings, engine, None).deps
    try:
        owner, store_id = await approved_store(deps)
        variant = await variant_of(deps, await listed(deps, owner, store_id, shamiana(stock=1, sku="LAST-1")))
        buyers = [buyer() for _ in range(RIVALS)]
        for who in buyers:
            await cart.set_cart_quantity(deps, who, variant.id, 1)
        async with engine.connect() as warm:  # open the connections before the race, not during it
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(RIVALS)

        async def buy(who: Caller) -> str:
            await barrier.wait()
            try:
                await checkout.check_out(deps, who, checkout.Checkout(address(), PaymentMode.COD))
            except OutOfStock as refusal:
                return str(refusal.code)
            return "ordered"

        outcomes = await asyncio.gather(*(buy(who) for who in buyers))
        async with engine.connect() as check:
            orders = await check.scalar(
                sa.text("SELECT count(*) FROM order_lines WHERE variant_id = :v"), {"v": variant.id}
            )
        return outcomes, int(orders or 0)
    finally:
        await engine.dispose()


async def read_then_write(self: CatalogueRepository, variant_id: uuid.UUID, quantity: int) -> bool:
    """What CatalogueRepository.take_stock must not be: read the stock left, then write the difference."""
    v = t.variants.c
    left = await self.session.scalar(sa.select(v.stock).where(v.id == variant_id))
    if left is None or left < quantity:
        return False
    await self.session.execute(sa.update(t.variants).where(v.id == variant_id).values(stock=left - quantity))
    return True


async def test_a_hundred_buyers_for_the_last_unit_make_exactly_one_order(
    service_database_url: str, service_settings: MarketplaceSettings, service_engine: AsyncEngine
) -> None:
    """Each buyer checks out through the service as it runs, on their own connection; all are
    released together behind a barrier. `test_without_the_guarantee_the_race_oversells` runs the same
    race with the adapter's conditional UPDATE replaced by a read-then-write, and several buyers get
    the same last unit: the guarantee is shown to be what holds."""
    outcomes, orders = await race_for_the_last_unit(service_database_url, service_settings, service_engine)
    assert outcomes.count("ordered") == 1
    assert outcomes.count(MarketErrorCode.OUT_OF_STOCK) == RIVALS - 1
    assert orders == 1


async def test_without_the_guarantee_the_race_oversells(
    service_database_url: str,
    service_settings: MarketplaceSettings,
    service_engine: AsyncEngine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(CatalogueRepository, "take_stock", read_then_write)
    outcomes, orders = await race_for_the_last_unit(service_database_url, service_settings, service_engine)
    assert outcomes.count("ordered") > 1
    assert orders > 1
