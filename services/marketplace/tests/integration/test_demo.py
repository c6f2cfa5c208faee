"""`make demo`'s marketplace part makes the platform store with products and the demo user's used
listing, once."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from marketplace_service import demo
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.service_layer.search import CatalogueQuery, search_catalogue


async def test_seeding_twice_makes_one_store_its_products_and_one_listing(
    services: MarketplaceServices,
) -> None:
    user_id = str(uuid.uuid4())
    first = await demo.seed_market(services.deps, user_id)
    again = await demo.seed_market(services.deps, user_id)
    async with services.sessions() as session:
        platform = await session.scalar(sa.text("SELECT count(*) FROM stores WHERE is_platform"))
        listed = await session.scalar(
            sa.text("SELECT count(*) FROM listings WHERE seller_id = :u AND status = 'active'"),
            {"u": user_id},
        )
    found = await search_catalogue(services.deps, CatalogueQuery(text="షామియానా"))
    assert (platform, listed) == (1, 1)
    assert "Shamiana tent 20x40" in {p.title_en for p in found.products}
    assert (len(first), len(again)) == (2, 1)
