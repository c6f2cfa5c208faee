"""An erased organizer's calendar goes; other organizers' stays."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.consumers.erasure import calendar_consumers
from calendar_service.service_layer.bookings import confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction
from calendar_service.service_layer.stock import create_stock_item
from servicekit.events import Envelope

from .scenarios import chairs, organizer, wedding


async def held_by(services: CalendarServices, organizer_id: str) -> tuple[int, int, int]:
    async with services.sessions() as session:
        bookings = await session.scalar(
            sa.text("SELECT count(*) FROM bookings WHERE organizer_id = :o"), {"o": organizer_id}
        )
        stock = await session.scalar(
            sa.text("SELECT count(*) FROM stock_items WHERE organizer_id = :o"), {"o": organizer_id}
        )
        received = await session.scalar(
            sa.text("SELECT count(*) FROM received_enquiries WHERE organizer_id = :o"), {"o": organizer_id}
        )
    return int(bookings or 0), int(stock or 0), int(received or 0)


async def test_an_erased_organizers_bookings_and_stock_are_deleted(services: CalendarServices) -> None:
    erased, kept = organizer(), organizer()
    for who in (erased, kept):
        item = await create_stock_item(chairs(who), services.deps)
        booking = await create_booking(wedding(who, (str(item.id), 50)), services.deps)
        await confirm_booking(BookingAction(who, str(booking.id)), services.deps)
        async with services.deps.unit_of_work() as uow:
            await uow.received_enquiries.record(uuid.uuid4(), uuid.UUID(str(who.user_id)), datetime.now(UTC))
            await uow.commit()
    envelope = Envelope(
        id=uuid.uuid4(),
        type="users.user.erased",
        version=1,
        occurred_at=datetime.now(UTC),
        producer="users",
        key=str(erased.user_id),
        trace_id=None,
        payload={
            "user_id": erased.user_id,
            "occurred_at": datetime.now(UTC).isoformat(),
            "erased_by": None,
            "reason": "own_request",
        },
    )
    handler = calendar_consumers().handler_for(envelope)
    assert handler is not None
    async with services.sessions() as session, session.begin():
        await handler(session, envelope)
    assert await held_by(services, str(erased.user_id)) == (0, 0, 0)
    assert await held_by(services, str(kept.user_id)) == (1, 1, 1)
