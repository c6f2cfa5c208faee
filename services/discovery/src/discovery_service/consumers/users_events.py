"""users.user.deactivated hides an organizer's listing; users.user.erased erases what discovery keeps
of the person (decision 0028): their listing, day loads, public events and interests go; enquiries
they sent keep their dates for the organizer's records but lose the name, phone, message and thread
messages; reviews they wrote go (their stars leave the organizer's rating); messages they wrote as an
organizer are blanked."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from contracts import users as u
from contracts.catalog import parse_payload
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters import tables as t
from discovery_service.adapters.availability_repository import AvailabilityRepository
from discovery_service.adapters.events_repository import PublicEventsRepository
from discovery_service.adapters.listings_repository import ListingsRepository
from discovery_service.adapters.reviews_repository import ReviewsRepository
from discovery_service.domain.vocabulary import ReviewStatus

ERASED = "(erased)"


async def hide_deactivated(session: AsyncSession, envelope: Envelope) -> None:
    payload = parse_payload(envelope.type, envelope.version, envelope.payload)
    assert isinstance(payload, u.UserDeactivatedV1)
    await ListingsRepository(session).set_deactivated(payload.user_id)


async def erase_person(session: AsyncSession, envelope: Envelope) -> None:
    payload = parse_payload(envelope.type, envelope.version, envelope.payload)
    assert isinstance(payload, u.UserErasedV1)
    person = payload.user_id
    await ListingsRepository(session).delete(person)
    await AvailabilityRepository(session).forget(person)
    events = PublicEventsRepository(session)
    await events.delete_of_publisher(person)
    await events.forget_interests_of(person)
    await _erase_reviews(session, person)
    await _erase_enquiries(session, person)


async def _erase_reviews(session: AsyncSession, person: uuid.UUID) -> None:
    reviews = ReviewsRepository(session)
    listings = ListingsRepository(session)
    for review in await reviews.of_user(person):
        if review.status is ReviewStatus.PUBLISHED:
            await listings.add_rating(review.organizer_id, review.rating, -1)
        await reviews.delete(review.id)
    await session.execute(
        sa.update(t.reviews).where(t.reviews.c.organizer_id == person).values(reply=None, replied_at=None)
    )


async def _erase_enquiries(session: AsyncSession, person: uuid.UUID) -> None:
    await session.execute(
        sa.update(t.enquiries)
        .where(t.enquiries.c.user_id == person)
        .values(contact_name=ERASED, contact_phone="", message="")
    )
    await session.execute(
        sa.update(t.enquiry_messages).where(t.enquiry_messages.c.author_id == person).values(body=ERASED)
    )
    await session.execute(
        sa.update(t.organizer_notifications)
        .where(
            t.organizer_notifications.c.enquiry_id.in_(
                sa.select(t.enquiries.c.id).where(t.enquiries.c.user_id == person)
            )
        )
        .values(summary=ERASED)
    )
    await session.execute(
        sa.delete(t.organizer_blocks).where(
            sa.or_(t.organizer_blocks.c.user_id == person, t.organizer_blocks.c.organizer_id == person)
        )
    )
    await session.execute(
        sa.delete(t.user_blocks).where(
            sa.or_(t.user_blocks.c.user_id == person, t.user_blocks.c.organizer_id == person)
        )
    )
