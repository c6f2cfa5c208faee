"""The overlay's reads over the tables at a given moment: a hold counts while it is live, and reads as
hold_expired once it has run out, before any sweeper records it; the place comes from the profile."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from calendar_service.adapters import tables as t
from calendar_service.adapters.calendar_reads import CalendarTablesReads
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.days import local_day
from calendar_service.service_layer.bookings import create_booking
from calendar_service.service_layer.overlay_reads import BookingWindow
from calendar_service.service_layer.stock import create_stock_item

from .scenarios import WEDDING_DAY, chairs, organizer, wedding


async def test_a_hold_counts_while_live_and_reads_as_expired_after(services: CalendarServices) -> None:
    me = organizer()
    item = await create_stock_item(chairs(me, quantity=100), services.deps)
    until = datetime.now(UTC) + timedelta(days=2)
    held = await create_booking(replace(wedding(me, (str(item.id), 30)), hold_until=until), services.deps)
    day, owner = local_day(WEDDING_DAY), str(me.user_id)
    tentative = BookingWindow(owner, statuses=("tentative",))
    lapsed = BookingWindow(owner, statuses=("hold_expired",))

    async with services.sessions() as session:
        live, later = (
            CalendarTablesReads(session, until - timedelta(seconds=1)),
            CalendarTablesReads(session, until),
        )
        assert [(u.held, u.confirmed) for u in await live.item_days(owner, day, day)] == [(30, 0)]
        assert await later.item_days(owner, day, day) == []
        assert [b.id for b in await live.bookings(tentative, limit=10)] == [held.id]
        assert await live.bookings(lapsed, limit=10) == []
        assert await later.bookings(tentative, limit=10) == []
        assert [b.id for b in await later.bookings(lapsed, limit=10)] == [held.id]


async def test_the_place_is_the_profiles_town_and_hyderabad_without_one(services: CalendarServices) -> None:
    me, nobody = str(organizer().user_id), str(organizer().user_id)
    async with services.sessions() as session:
        await session.execute(
            sa.insert(t.organizer_profiles).values(
                organizer_id=me, location_name="Vijayawada", updated_at=datetime.now(UTC)
            )
        )
        reads = CalendarTablesReads(session, datetime.now(UTC))
        mine, default = await reads.place_of(me), await reads.place_of(nobody)
    assert (mine.name.en, mine.from_profile) == ("Vijayawada", True)
    assert (default.name.en, default.from_profile) == ("Hyderabad", False)


async def test_an_unknown_or_malformed_booking_id_reads_as_none(services: CalendarServices) -> None:
    async with services.sessions() as session:
        reads = CalendarTablesReads(session, datetime.now(UTC))
        assert await reads.booking("not-an-id") is None
        assert await reads.booking("0b6e1c3e-7d5f-4f53-9a53-5d0f1c2b3a4d") is None
