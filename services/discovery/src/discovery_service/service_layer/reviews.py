"""Review use cases: write once after a completed booking, the organizer's reply, moderation.

The organizer's rating counts published reviews only: hiding one takes its stars out, restoring it
puts them back, in the same transaction as the change.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from contracts import discovery as d
from servicekit.auth import Caller, Role
from servicekit.events import Event

from discovery_service.domain import checks as check
from discovery_service.domain.errors import DirectoryError, not_found
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.domain.review import LONGEST_REVIEW, Review
from discovery_service.domain.vocabulary import EnquiryStatus, ReviewStatus
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.dependencies import UseCaseDependencies
from discovery_service.service_layer.enquiries import enquiry_uuid, new_id
from discovery_service.service_layer.listings import organizer_uuid, parse_id
from discovery_service.service_layer.unit_of_work import DiscoveryUnitOfWork


async def write_review(
    caller: Caller, enquiry_id: str, rating: int, body: str | None, deps: UseCaseDependencies
) -> Review:
    if not 1 <= rating <= 5:
        raise DirectoryError(Code.INVALID_RATING, "Give 1 to 5 stars.", "rating")
    text = check.optional_text(body, "body", longest=LONGEST_REVIEW)
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        enquiry = await uow.enquiries.get(enquiry_uuid(enquiry_id))
        if enquiry is None or not caller.is_self(str(enquiry.user_id)):
            raise not_found("enquiry", "enquiryId")
        authorize(caller, Operation.WRITE_REVIEW, owner_ids=(str(enquiry.user_id),))
        if enquiry.status is not EnquiryStatus.COMPLETED:
            raise DirectoryError(
                Code.NOT_REVIEWABLE,
                "You can review an organizer after they complete your booking.",
                "enquiryId",
            )
        review = Review(
            new_id(),
            enquiry.id,
            enquiry.organizer_id,
            enquiry.user_id,
            rating,
            text,
            None,
            None,
            ReviewStatus.PUBLISHED,
            None,
            None,
            now,
        )
        if not await uow.reviews.add(review):
            raise DirectoryError(
                Code.ALREADY_REVIEWED, "You have reviewed this booking already.", "enquiryId"
            )
        await uow.listings.add_rating(review.organizer_id, rating, 1)
        uow.publish(_published(review, enquiry.booking_id, now))
        await uow.commit()
    return review


def _published(review: Review, booking_id: uuid.UUID | None, now: datetime) -> Event:
    payload = d.ReviewPublishedV1(
        review_id=review.id,
        organizer_id=review.organizer_id,
        enquiry_id=review.enquiry_id,
        booking_id=booking_id,
        occurred_at=now,
        rating=review.rating,
        body=review.body,
    )
    return Event(type=d.REVIEW_PUBLISHED, version=1, key=str(review.id), payload=payload)


async def reply_to_review(caller: Caller, review_id: str, reply: str, deps: UseCaseDependencies) -> Review:
    text = check.text(reply, "reply", longest=LONGEST_REVIEW)
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        review = await _review(uow, review_id)
        authorize(caller, Operation.REPLY_TO_REVIEW, owner_ids=(str(review.organizer_id),))
        await uow.reviews.update(review.id, reply=text, replied_at=now)
        await uow.commit()
    return Review(**{**review.__dict__, "reply": text, "replied_at": now})


async def moderate_review(
    caller: Caller, review_id: str, status: ReviewStatus, note: str | None, deps: UseCaseDependencies
) -> Review:
    moderator = authorize(caller, Operation.MODERATE_REVIEW, owner_ids=())
    text = check.optional_text(note, "note", longest=500)
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        review = await _review(uow, review_id, for_update=True)
        if review.status is not status:
            change = 1 if status is ReviewStatus.PUBLISHED else -1
            await uow.listings.add_rating(review.organizer_id, review.rating, change)
            if status is ReviewStatus.PUBLISHED:
                uow.publish(_published(review, None, now))
        await uow.reviews.update(
            review.id, status=status.value, moderated_by=uuid.UUID(moderator), moderation_note=text
        )
        await uow.commit()
    return Review(
        **{**review.__dict__, "status": status, "moderated_by": uuid.UUID(moderator), "moderation_note": text}
    )


async def _review(uow: DiscoveryUnitOfWork, review_id: str, *, for_update: bool = False) -> Review:
    review = await uow.reviews.get(parse_id(review_id, "review", "reviewId"), for_update=for_update)
    if review is None:
        raise not_found("review", "reviewId")
    return review


async def organizer_reviews(
    caller: Caller, organizer_id: str, first: int, offset: int, deps: UseCaseDependencies
) -> list[Review]:
    check.page_size(first, offset)
    async with deps.unit_of_work() as uow:
        return await uow.reviews.of_organizer(
            organizer_uuid(organizer_id), first, offset, include_hidden=caller.has(Role.SUPER_ADMIN)
        )
