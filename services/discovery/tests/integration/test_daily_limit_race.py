"""The daily limit under a race: 12 sends at once by one user with room for 5 give exactly 5."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from discovery_service.bootstrap import build_services
from discovery_service.domain.errors import DirectoryError
from discovery_service.service_layer import enquiries
from discovery_service.settings import DiscoverySettings
from servicekit.db import create_engine

from .scenarios import family, tent_house, wedding_enquiry

RIVALS = 12
LIMIT = 5


async def test_concurrent_sends_never_pass_the_daily_limit(
    service_database_url: str, service_settings: DiscoverySettings
) -> None:
    """Each send runs on its own connection; all are released together behind a barrier.

    To see this test fail: in discovery_service/service_layer/enquiries.py remove
    `await uow.enquiries.lock_sender(sender)`: rivals then count the same earlier sends before any
    of them commits, and more than five get through."""
    settings = service_settings.model_copy(update={"enquiries_per_user_per_day": LIMIT})
    engine = create_engine(service_database_url, pool_size=RIVALS + 2)
    deps = build_services(settings, engine, None).deps
    try:
        listing = await tent_house(deps)
        me = family()
        async with engine.connect() as warm:
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(RIVALS)

        async def send() -> str:
            await barrier.wait()
            try:
                await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
            except DirectoryError as error:
                return str(error.code)
            return "sent"

        outcomes = await asyncio.gather(*(send() for _ in range(RIVALS)))
        assert sorted(outcomes) == ["DAILY_LIMIT_REACHED"] * (RIVALS - LIMIT) + ["sent"] * LIMIT
    finally:
        async with engine.begin() as connection:
            mine = "SELECT id::text FROM enquiries WHERE user_id = :u"
            await connection.execute(sa.text(f"DELETE FROM outbox WHERE key IN ({mine})"), {"u": me.user_id})
            await connection.execute(sa.text("DELETE FROM enquiries WHERE user_id = :u"), {"u": me.user_id})
            await connection.execute(
                sa.text("DELETE FROM organizer_listings WHERE organizer_id = :o"), {"o": listing.organizer_id}
            )
        await engine.dispose()
