"""users.user.erased: what the calendar keeps of an erased person goes (docs/decisions/0019).

An organizer's bookings (with their clients' names and phones), line items, reservations, activity,
schedule history, stock, capacity, the copy of their profile and the moment of their latest
availability announcement are deleted; the outbox rows of those bookings already sent go too (they
carry the clients' details). A client is not a user of
ours, so an erased user is never anyone's client: nothing else changes. Idempotent: a second
delivery finds nothing to delete (and the inbox stops it anyway).
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from contracts.catalog import parse_payload
from contracts.users import USER_ERASED, USER_PROFILE_CHANGED, UserErasedV1, UserProfileChangedV1
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from servicekit.outbox.tables import outbox
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t
from calendar_service.adapters.received_enquiries import ReceivedEnquiries
from calendar_service.consumers.profile_copy import keep_profile


async def erase_organizer(session: AsyncSession, organizer_id: uuid.UUID) -> None:
    booking_ids = sa.select(t.bookings.c.id).where(t.bookings.c.organizer_id == organizer_id)
    keys = [str(i) for i in (await session.scalars(booking_ids)).all()]
    if keys:
        await session.execute(sa.delete(outbox).where(outbox.c.key.in_(keys), outbox.c.sent_at.is_not(None)))
    # Line items, reservations, activity and schedule history go with their booking (ON DELETE CASCADE).
    await session.execute(sa.delete(t.bookings).where(t.bookings.c.id.in_(booking_ids)))
    await session.execute(sa.delete(t.stock_items).where(t.stock_items.c.organizer_id == organizer_id))
    await session.execute(
        sa.delete(t.daily_capacities).where(t.daily_capacities.c.organizer_id == organizer_id)
    )
    await session.execute(
        sa.delete(t.organizer_profiles).where(t.organizer_profiles.c.organizer_id == organizer_id)
    )
    await session.execute(
        sa.delete(t.availability_announcements).where(
            t.availability_announcements.c.organizer_id == organizer_id
        )
    )
    await ReceivedEnquiries(session).forget_organizer(organizer_id)


def calendar_consumers() -> HandlerRegistry:
    registry = HandlerRegistry()

    @registry.on(USER_ERASED, version=1)
    async def erase(session: AsyncSession, envelope: Envelope) -> None:
        payload = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(payload, UserErasedV1)
        await erase_organizer(session, payload.user_id)

    @registry.on(USER_PROFILE_CHANGED, version=1)
    async def copy_profile(session: AsyncSession, envelope: Envelope) -> None:
        payload = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(payload, UserProfileChangedV1)
        await keep_profile(session, payload)

    return registry
