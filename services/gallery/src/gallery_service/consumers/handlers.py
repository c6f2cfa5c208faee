"""The events the gallery consumes.

`calendar.booking.*`: the gallery remembers whose booking it is (an album may be linked only to its
organizer's own bookings). `calendar.booking.completed`: also, the organizer is offered an album for
the event (private, marked offered, titled with the event's name in both title fields until they
edit it); one per booking.
`users.user.erased`: everything the gallery keeps of that organizer goes: albums, photos, their
files, uploads in progress, their albums' face data. `gallery.photo.uploaded` (the gallery's own):
the photo is queued for face indexing (libs/faces) unless its album's face search is off. All are
idempotent (a second delivery finds nothing more to do).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from contracts.calendar import (
    BOOKING_CANCELLED,
    BOOKING_COMPLETED,
    BOOKING_CONFIRMED,
    BOOKING_CREATED,
    BOOKING_HOLD_EXPIRED,
    BOOKING_ITEMS_CHANGED,
    BOOKING_RESCHEDULED,
    BOOKING_TENTATIVE,
    BookingCompletedV1,
)
from contracts.catalog import parse_payload
from contracts.users import USER_ERASED, UserErasedV1
from faces.indexing.consumer import register_indexing
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from servicekit.storage import ObjectStorage
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from gallery_service.adapters.bookings_repository import BookingsRepository
from gallery_service.adapters.tables import albums, face_store, photos
from gallery_service.domain.album import MAX_TITLE_CHARS, Visibility
from gallery_service.service_layer.face_data import forget_albums

INDIA = ZoneInfo("Asia/Kolkata")
# Every event about a booking names its organizer: the first that arrives teaches the gallery.
BOOKING_EVENTS = (
    BOOKING_CREATED,
    BOOKING_TENTATIVE,
    BOOKING_CONFIRMED,
    BOOKING_RESCHEDULED,
    BOOKING_ITEMS_CHANGED,
    BOOKING_HOLD_EXPIRED,
    BOOKING_CANCELLED,
)


async def offer_album(session: AsyncSession, booking: BookingCompletedV1) -> None:
    title = " ".join(booking.event_name.split())[:MAX_TITLE_CHARS] or "Event"
    venue = f"{booking.venue.address}, {booking.venue.district}"
    now = datetime.now(UTC)
    statement = (
        insert(albums)
        .values(
            id=uuid.uuid4(),
            organizer_id=booking.organizer_id,
            title_en=title,
            title_te=title,
            event_date=booking.schedule.starts_at.astimezone(INDIA).date(),
            venue=venue[:500],
            booking_id=booking.booking_id,
            position=0,
            visibility=Visibility.PRIVATE.value,
            face_search_enabled=True,
            keep_gps=False,
            offered=True,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=[albums.c.booking_id])
    )
    await session.execute(statement)


async def erase_organizer(session: AsyncSession, storage: ObjectStorage, organizer_id: uuid.UUID) -> None:
    keys = await session.execute(
        sa.select(photos.c.original_key, photos.c.web_key, photos.c.thumbnail_key).where(
            photos.c.organizer_id == organizer_id
        )
    )
    # Files first: if the transaction then fails the event is retried and deleting again is harmless.
    for row in keys.all():
        for key in row:
            await storage.delete(key)
    # Their face data too (the albums' faces and indexing jobs).
    album_ids = (
        await session.execute(sa.select(albums.c.id).where(albums.c.organizer_id == organizer_id))
    ).scalars()
    await forget_albums(session, list(album_ids))
    # Photos and uploads in progress go with their albums (ON DELETE CASCADE).
    await session.execute(sa.delete(albums).where(albums.c.organizer_id == organizer_id))
    await BookingsRepository(session).forget_organizer(organizer_id)


def gallery_consumers(storage: ObjectStorage) -> HandlerRegistry:
    registry = HandlerRegistry()

    async def learn_booking(session: AsyncSession, envelope: Envelope) -> None:
        booking = parse_payload(envelope.type, envelope.version, envelope.payload).model_dump()
        bookings = BookingsRepository(session)
        await bookings.learn(booking["booking_id"], booking["organizer_id"], datetime.now(UTC))

    for event_type in BOOKING_EVENTS:
        registry.register(event_type, 1, learn_booking)

    @registry.on(BOOKING_COMPLETED, version=1)
    async def booking_completed(session: AsyncSession, envelope: Envelope) -> None:
        payload = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(payload, BookingCompletedV1)
        await BookingsRepository(session).learn(payload.booking_id, payload.organizer_id, datetime.now(UTC))
        await offer_album(session, payload)

    @registry.on(USER_ERASED, version=1)
    async def erase(session: AsyncSession, envelope: Envelope) -> None:
        payload = parse_payload(envelope.type, envelope.version, envelope.payload)
        assert isinstance(payload, UserErasedV1)
        await erase_organizer(session, storage, payload.user_id)

    # `gallery.photo.uploaded` (its own events): the photo is queued for the face indexing worker.
    register_indexing(registry, face_store)
    return registry
