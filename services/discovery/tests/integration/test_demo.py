"""`make demo`'s discovery part makes organizers across districts and one public event, once."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from discovery_service import demo
from discovery_service.bootstrap import DiscoveryServices


async def test_seeding_twice_makes_the_same_directory(services: DiscoveryServices) -> None:
    facts = {"organizer_id": str(uuid.uuid4())}
    first = await demo.seed_directory(services.deps, facts)
    await demo.seed_directory(services.deps, facts)
    async with services.sessions() as session:
        listings = await session.scalar(sa.text("SELECT count(*) FROM organizer_listings"))
        events = await session.scalar(sa.text("SELECT count(*) FROM public_events"))
    assert (listings, events) == (len(demo.OTHERS) + 1, 1)
    assert "organizers" in first[0]
