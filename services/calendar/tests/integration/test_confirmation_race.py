"""The stock invariant under a race: 50 confirmations for the last 10 chairs at once."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from calendar_service.bootstrap import build_services
from calendar_service.domain.errors import CalendarErrorCode, StockShortage
from calendar_service.service_layer.bookings import confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction
from calendar_service.service_layer.stock import create_stock_item
from calendar_service.settings import CalendarSettings
from servicekit.db import create_engine

from .scenarios import chairs, organizer, wedding

RIVALS = 50
LAST_UNITS = 10


async def test_fifty_confirmations_for_the_last_ten_chairs_let_exactly_ten_through(
    service_database_url: str, service_settings: CalendarSettings
) -> None:
    """Each rival runs on its own connection; all are released together behind a barrier.

    To see this test fail (and so that it can): in calendar_service/service_layer/stock_guard.py make
    `ensure_fits` read the items with `uow.stock.of_organizer` instead of `uow.stock.lock_with_parts`,
    which reads the other confirmations without locking the item rows first: several rivals then
    read the same 10 free chairs and more than 10 confirm."""
    engine = create_engine(service_database_url, pool_size=RIVALS + 2)
    deps = build_services(service_settings, engine, None).deps
    try:
        owner = organizer()
        item = await create_stock_item(chairs(owner, quantity=500), deps)
        big = await create_booking(wedding(owner, (str(item.id), 500 - LAST_UNITS)), deps)
        await confirm_booking(BookingAction(owner, str(big.id)), deps)
        rivals = [await create_booking(wedding(owner, (str(item.id), 1)), deps) for _ in range(RIVALS)]
        async with engine.connect() as warm:  # open the connections before the race, not during it
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(RIVALS)

        async def confirm(booking_id: str) -> str:
            await barrier.wait()
            try:
                await confirm_booking(BookingAction(owner, booking_id), deps)
            except StockShortage as refusal:
                return str(refusal.code)
            return "confirmed"

        outcomes = await asyncio.gather(*(confirm(str(b.id)) for b in rivals))
        assert outcomes.count("confirmed") == LAST_UNITS
        assert outcomes.count(CalendarErrorCode.STOCK_SHORTAGE) == RIVALS - LAST_UNITS
        async with engine.connect() as check:
            confirmed = await check.scalar(
                sa.text(
                    "SELECT coalesce(sum(r.quantity), 0) FROM booking_reservations r "
                    "JOIN bookings b ON b.id = r.booking_id "
                    "WHERE r.stock_item_id = :item AND b.status = 'confirmed'"
                ),
                {"item": item.id},
            )
        assert confirmed == 500
    finally:
        await engine.dispose()
