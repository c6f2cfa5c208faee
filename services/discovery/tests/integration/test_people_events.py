"""users.user.deactivated hides a listing; users.user.erased erases what discovery keeps of a person."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from contracts import calendar as c
from contracts import users as u
from discovery_service.bootstrap import DiscoveryServices
from discovery_service.consumers.bookings import follow_booking
from discovery_service.consumers.users_events import ERASED, erase_person, hide_deactivated
from discovery_service.domain.errors import DirectoryError
from discovery_service.service_layer import blocks, enquiries, listings, reviews, threads
from discovery_service.service_layer.commands import SearchListings

from .scenarios import booking_event, envelope, family, id_of, organizer, tent_house, wedding_enquiry


async def test_a_deactivated_organizer_disappears_from_the_directory(services: DiscoveryServices) -> None:
    listing = await tent_house(services.deps)
    event = u.UserDeactivatedV1(
        user_id=listing.organizer_id, occurred_at=datetime.now(UTC), deactivated_by=None
    )
    async with services.deps.unit_of_work() as uow:
        await hide_deactivated(uow.session, envelope(u.USER_DEACTIVATED, event, listing.organizer_id))
        await uow.commit()
    assert (await listings.search_listings(SearchListings(), services.deps)).total == 0
    with pytest.raises(DirectoryError):
        await listings.get_listing(family(), str(listing.organizer_id), services.deps)


async def test_an_erased_user_leaves_dates_but_no_name_phone_message_or_review(
    services: DiscoveryServices,
) -> None:
    owner, me = organizer(), family()
    listing = await tent_house(services.deps, caller=owner)
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), services.deps)
    await threads.post_message(me, str(sent.id), "Call me at 98480 00000", services.deps)
    async with services.deps.unit_of_work() as uow:
        await follow_booking(
            uow.session, booking_event(c.BOOKING_COMPLETED, listing.organizer_id, sent.id, "completed")
        )
        await uow.commit()
    await reviews.write_review(me, str(sent.id), 5, "Wonderful", services.deps)
    erased = u.UserErasedV1(
        user_id=id_of(me), occurred_at=datetime.now(UTC), erased_by=None, reason="own_request"
    )
    async with services.deps.unit_of_work() as uow:
        await erase_person(uow.session, envelope(u.USER_ERASED, erased, id_of(me)))
        await uow.commit()
    kept = await threads.get_enquiry(owner, str(sent.id), services.deps)
    assert (kept.contact_name, kept.contact_phone, kept.message) == (ERASED, "", "")
    assert kept.preferred_dates == sent.preferred_dates
    [thread] = await threads.threads_of([sent.id], services.deps)
    assert [m.body for m in thread] == [ERASED]
    after = await listings.get_listing(owner, str(listing.organizer_id), services.deps)
    assert after.rating_count == 0
    notices = await threads.notifications(owner, 10, 0, services.deps)
    assert all(n.summary == ERASED for n in notices)


async def test_an_erased_organizer_has_no_listing_left(services: DiscoveryServices) -> None:
    listing = await tent_house(services.deps)
    me = family()
    await blocks.set_organizer_blocked(me, str(listing.organizer_id), True, services.deps)
    erased = u.UserErasedV1(
        user_id=listing.organizer_id, occurred_at=datetime.now(UTC), erased_by=uuid.uuid4(), reason="admin"
    )
    async with services.deps.unit_of_work() as uow:
        await erase_person(uow.session, envelope(u.USER_ERASED, erased, listing.organizer_id))
        await uow.commit()
        assert await uow.listings.get(listing.organizer_id) is None
        assert not await uow.enquiries.organizer_blocked(id_of(me), listing.organizer_id)
