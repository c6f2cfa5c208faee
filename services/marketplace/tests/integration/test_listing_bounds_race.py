"""One seller's open listings stay within the bound even when many are made at once."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from marketplace_service.bootstrap import build_services
from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.listings import MAX_OPEN_LISTINGS
from marketplace_service.service_layer import listings
from marketplace_service.settings import MarketplaceSettings
from servicekit.db import create_engine
from sqlalchemy.ext.asyncio import AsyncEngine

from .scenarios import buyer, used_tent

RIVALS = MAX_OPEN_LISTINGS + 10


async def test_listings_made_at_once_by_one_seller_stop_at_the_bound(
    service_database_url: str, service_settings: MarketplaceSettings, service_engine: AsyncEngine
) -> None:
    """Each listing is made on its own connection, all released together behind a barrier; the
    per-seller transaction lock makes them count one after another (without it, several read the
    same count below the bound and all insert)."""
    await service_engine.dispose()
    engine = create_engine(service_database_url, pool_size=RIVALS)
    deps = build_services(service_settings, engine, None).deps
    seller = buyer()
    barrier = asyncio.Barrier(RIVALS)
    try:
        async with engine.connect() as warm:
            await warm.execute(sa.text("SELECT 1"))

        async def make() -> str:
            await barrier.wait()
            try:
                await listings.create_listing(deps, seller, used_tent())
            except MarketError as refusal:
                return str(refusal.code)
            return "listed"

        outcomes = await asyncio.gather(*(make() for _ in range(RIVALS)))
        async with engine.connect() as check:
            kept = await check.scalar(
                sa.text("SELECT count(*) FROM listings WHERE seller_id = :s"), {"s": seller.user_id}
            )
    finally:
        await engine.dispose()
    assert outcomes.count("listed") == MAX_OPEN_LISTINGS
    assert outcomes.count(MarketErrorCode.TOO_MANY_LISTINGS) == RIVALS - MAX_OPEN_LISTINGS
    assert kept == MAX_OPEN_LISTINGS
