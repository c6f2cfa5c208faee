"""Sends under a race: 12 sends at once by one user with room for 5 give exactly 5; 6 retries of one
send at once (one request key) make one set of enquiries."""

from __future__ import annotations

import asyncio
import uuid

import sqlalchemy as sa
from discovery_service.bootstrap import build_services
from discovery_service.domain.errors import DirectoryError
from discovery_service.service_layer import enquiries
from discovery_service.settings import DiscoverySettings
from servicekit.auth import Caller
from servicekit.db import create_engine
from sqlalchemy.ext.asyncio import AsyncEngine

from .scenarios import family, tent_house, wedding_enquiry

RIVALS = 12
RETRIES = 6
LIMIT = 5


async def test_concurrent_sends_never_pass_the_daily_limit(
    service_database_url: str, service_settings: DiscoverySettings
) -> None:
    """Each send runs on its own connection; all are released together behind a barrier.

    To see this test fail: in discovery_service/service_layer/enquiries.py remove
    `await uow.enquiries.lock_sender(sender)`: rivals then count the same earlier sends before any
    of them commits, and more than five get through."""
    settings = service_settings.model_copy(
        update={"enquiries_per_user_per_day": LIMIT, "enquiries_per_user_per_hour": LIMIT * 4}
    )
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
        await _remove(engine, me, listing.organizer_id)
        await engine.dispose()


async def test_concurrent_retries_of_one_send_make_one_set_of_enquiries(
    service_database_url: str, service_settings: DiscoverySettings
) -> None:
    """To see this test fail: remove the request-key lookup in send_enquiry (each retry then sends
    again and the limit of 5 refuses the later ones), or the lock (the unique index then refuses
    all but one with an IntegrityError)."""
    settings = service_settings.model_copy(update={"enquiries_per_user_per_hour": LIMIT})
    engine = create_engine(service_database_url, pool_size=RETRIES + 2)
    deps = build_services(settings, engine, None).deps
    try:
        listing = await tent_house(deps)
        me = family()
        key = str(uuid.uuid4())
        barrier = asyncio.Barrier(RETRIES)

        async def send() -> str:
            await barrier.wait()
            made = await enquiries.send_enquiry(
                wedding_enquiry(me, [listing.organizer_id], request_key=key), deps
            )
            return str(made[0].id)

        ids = await asyncio.gather(*(send() for _ in range(RETRIES)))
        assert len(set(ids)) == 1
        async with engine.connect() as connection:
            count = await connection.scalar(
                sa.text("SELECT count(*) FROM enquiries WHERE user_id = :u"), {"u": me.user_id}
            )
        assert count == 1
    finally:
        await _remove(engine, me, listing.organizer_id)
        await engine.dispose()


async def _remove(engine: AsyncEngine, me: Caller, organizer_id: uuid.UUID) -> None:
    async with engine.begin() as connection:
        mine = "SELECT id::text FROM enquiries WHERE user_id = :u"
        await connection.execute(sa.text(f"DELETE FROM outbox WHERE key IN ({mine})"), {"u": me.user_id})
        await connection.execute(sa.text("DELETE FROM enquiries WHERE user_id = :u"), {"u": me.user_id})
        await connection.execute(
            sa.text("DELETE FROM organizer_listings WHERE organizer_id = :o"), {"o": organizer_id}
        )
