"""Verified reviews: only after the enquiry's booking completed, once; the organizer replies; super
admins hide and restore (the rating follows)."""

from __future__ import annotations

import pytest
from contracts import calendar as c
from discovery_service.bootstrap import DiscoveryServices
from discovery_service.consumers.bookings import follow_booking
from discovery_service.domain.enquiry import Enquiry
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.vocabulary import ReviewStatus
from discovery_service.service_layer import enquiries, listings, reviews
from servicekit.auth import Caller
from servicekit.errors import Forbidden

from .scenarios import booking_event, family, organizer, super_admin, tent_house, wedding_enquiry


async def completed_enquiry(services: DiscoveryServices, owner: Caller, me: Caller) -> Enquiry:
    listing = await tent_house(services.deps, caller=owner)
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), services.deps)
    async with services.deps.unit_of_work() as uow:
        await follow_booking(
            uow.session, booking_event(c.BOOKING_COMPLETED, listing.organizer_id, sent.id, "completed")
        )
        await uow.commit()
    return sent


async def test_a_completed_booking_is_reviewed_once_and_rates_the_organizer(
    services: DiscoveryServices,
) -> None:
    owner, me = organizer(), family()
    sent = await completed_enquiry(services, owner, me)
    review = await reviews.write_review(me, str(sent.id), 4, "Neat <i>shamiana</i>", services.deps)
    assert review.body == "Neat <i>shamiana</i>"
    listing = await listings.get_listing(me, str(sent.organizer_id), services.deps)
    assert (listing.rating, listing.rating_count) == (4.0, 1)
    with pytest.raises(DirectoryError) as raised:
        await reviews.write_review(me, str(sent.id), 5, None, services.deps)
    assert raised.value.code == "ALREADY_REVIEWED"


async def test_no_review_before_the_booking_is_completed(services: DiscoveryServices) -> None:
    me = family()
    listing = await tent_house(services.deps)
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), services.deps)
    with pytest.raises(DirectoryError) as raised:
        await reviews.write_review(me, str(sent.id), 5, None, services.deps)
    assert raised.value.code == "NOT_REVIEWABLE"


async def test_only_the_sender_reviews_and_only_with_one_to_five_stars(services: DiscoveryServices) -> None:
    owner, me = organizer(), family()
    sent = await completed_enquiry(services, owner, me)
    with pytest.raises(DirectoryError) as raised:
        await reviews.write_review(family(), str(sent.id), 5, None, services.deps)
    assert raised.value.code == "NOT_FOUND"
    with pytest.raises(DirectoryError) as raised:
        await reviews.write_review(me, str(sent.id), 6, None, services.deps)
    assert raised.value.code == "INVALID_RATING"


async def test_the_organizer_replies_and_a_super_admin_hides_and_restores(
    services: DiscoveryServices,
) -> None:
    owner, me = organizer(), family()
    sent = await completed_enquiry(services, owner, me)
    review = await reviews.write_review(me, str(sent.id), 2, "Late by an hour", services.deps)
    replied = await reviews.reply_to_review(owner, str(review.id), "Sorry, traffic.", services.deps)
    assert replied.reply == "Sorry, traffic."
    with pytest.raises(Forbidden):
        await reviews.reply_to_review(organizer(), str(review.id), "Not mine", services.deps)
    with pytest.raises(Forbidden):
        await reviews.moderate_review(owner, str(review.id), ReviewStatus.HIDDEN, None, services.deps)
    admin = super_admin()
    await reviews.moderate_review(admin, str(review.id), ReviewStatus.HIDDEN, "abusive", services.deps)
    hidden = await listings.get_listing(me, str(sent.organizer_id), services.deps)
    assert hidden.rating_count == 0
    assert await reviews.organizer_reviews(me, str(sent.organizer_id), 10, 0, services.deps) == []
    assert len(await reviews.organizer_reviews(admin, str(sent.organizer_id), 10, 0, services.deps)) == 1
    await reviews.moderate_review(admin, str(review.id), ReviewStatus.PUBLISHED, None, services.deps)
    restored = await listings.get_listing(me, str(sent.organizer_id), services.deps)
    assert (restored.rating, restored.rating_count) == (2.0, 1)
