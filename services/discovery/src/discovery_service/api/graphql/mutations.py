"""Mutations of the discovery graph: thin, each builds a command, calls the use case, maps the result."""

from __future__ import annotations

import strawberry
from servicekit.graphql import described

from discovery_service.api.graphql import inputs as i
from discovery_service.api.graphql import payloads as p
from discovery_service.api.graphql.context import DiscoveryInfo, caller_of, deps_of
from discovery_service.api.graphql.errors import DirectoryErrorType, payload_of
from discovery_service.api.graphql.types import (
    DirectoryEnquiryMessageType,
    DirectoryEnquiryType,
    DirectoryReviewType,
    OrganizerListingType,
    PublicEventListingType,
)
from discovery_service.domain.vocabulary import ReviewStatus
from discovery_service.service_layer import blocks, enquiries, listings, public_events, reviews, threads
from discovery_service.service_layer.commands import OfferDraft, PublishEvent, SaveListing, SendEnquiry


def _done(errors: list[DirectoryErrorType]) -> p.DirectoryDonePayload:
    return p.DirectoryDonePayload(errors=errors)


def _review(errors: list[DirectoryErrorType]) -> p.DirectoryReviewPayload:
    return p.DirectoryReviewPayload(errors=errors)


@strawberry.type(name="Mutation")
class DiscoveryMutations:
    @described.mutation("Create or replace your public profile in the directory.")
    async def save_organizer_listing(
        self, info: DiscoveryInfo, input: i.OrganizerListingInput
    ) -> p.OrganizerListingPayload:
        command = SaveListing(
            caller=caller_of(info),
            display_name=input.display_name,
            services=[OfferDraft(o.service, o.min_paise, o.max_paise) for o in input.services],
            districts=input.districts,
            display_name_te=input.display_name_te,
            about=input.about,
            languages=input.languages,
            contact_ways=input.contact_ways,
            contact_phone=input.contact_phone,
            contact_email=input.contact_email,
            published=input.published,
            organizer_id=str(input.organizer_id) if input.organizer_id else None,
        )

        async def run() -> p.OrganizerListingPayload:
            listing = await listings.save_listing(command, deps_of(info))
            return p.OrganizerListingPayload(listing=OrganizerListingType.of(listing))

        return await payload_of(run, lambda errors: p.OrganizerListingPayload(errors=errors))

    @described.mutation("Send one enquiry to each of up to five organizers; each lands in their calendar.")
    async def send_enquiry(self, info: DiscoveryInfo, input: i.SendEnquiryInput) -> p.SendEnquiryPayload:
        command = SendEnquiry(
            caller=caller_of(info),
            organizer_ids=[str(o) for o in input.organizer_ids],
            kind=input.kind,
            preferred_dates=input.preferred_dates,
            district=input.district,
            pin_code=input.pin_code,
            message=input.message,
            contact_name=input.contact_name,
            contact_phone=input.contact_phone,
            guest_count=input.guest_count,
            budget_min_paise=input.budget_min_paise,
            budget_max_paise=input.budget_max_paise,
            request_key=input.request_key,
        )

        async def run() -> p.SendEnquiryPayload:
            made = await enquiries.send_enquiry(command, deps_of(info))
            return p.SendEnquiryPayload(enquiries=[DirectoryEnquiryType.of(e) for e in made])

        return await payload_of(run, lambda errors: p.SendEnquiryPayload(errors=errors))

    @described.mutation("Withdraw an enquiry you sent.")
    async def withdraw_enquiry(self, info: DiscoveryInfo, id: strawberry.ID) -> p.DirectoryEnquiryPayload:
        async def run() -> p.DirectoryEnquiryPayload:
            enquiry = await enquiries.withdraw_enquiry(caller_of(info), str(id), deps_of(info))
            return p.DirectoryEnquiryPayload(enquiry=DirectoryEnquiryType.of(enquiry))

        return await payload_of(run, lambda errors: p.DirectoryEnquiryPayload(errors=errors))

    @described.mutation("Write in an enquiry's thread (its sender or its organizer).")
    async def post_enquiry_message(
        self, info: DiscoveryInfo, enquiry_id: strawberry.ID, body: str
    ) -> p.EnquiryMessagePayload:
        async def run() -> p.EnquiryMessagePayload:
            message = await threads.post_message(caller_of(info), str(enquiry_id), body, deps_of(info))
            return p.EnquiryMessagePayload(message=DirectoryEnquiryMessageType.of(message))

        return await payload_of(run, lambda errors: p.EnquiryMessagePayload(errors=errors))

    @described.mutation("As an organizer, take no more enquiries or messages from a user.")
    async def block_enquirer(self, info: DiscoveryInfo, user_id: strawberry.ID) -> p.DirectoryDonePayload:
        async def run() -> p.DirectoryDonePayload:
            await blocks.set_blocked(caller_of(info), str(user_id), True, deps_of(info))
            return p.DirectoryDonePayload(done=True)

        return await payload_of(run, _done)

    @described.mutation("As an organizer, take enquiries from a user you blocked again.")
    async def unblock_enquirer(self, info: DiscoveryInfo, user_id: strawberry.ID) -> p.DirectoryDonePayload:
        async def run() -> p.DirectoryDonePayload:
            await blocks.set_blocked(caller_of(info), str(user_id), False, deps_of(info))
            return p.DirectoryDonePayload(done=True)

        return await payload_of(run, _done)

    @described.mutation("Hear no more from an organizer: no messages from them in your enquiries' threads.")
    async def block_organizer(
        self, info: DiscoveryInfo, organizer_id: strawberry.ID
    ) -> p.DirectoryDonePayload:
        async def run() -> p.DirectoryDonePayload:
            await blocks.set_organizer_blocked(caller_of(info), str(organizer_id), True, deps_of(info))
            return p.DirectoryDonePayload(done=True)

        return await payload_of(run, _done)

    @described.mutation("Hear from an organizer you blocked again.")
    async def unblock_organizer(
        self, info: DiscoveryInfo, organizer_id: strawberry.ID
    ) -> p.DirectoryDonePayload:
        async def run() -> p.DirectoryDonePayload:
            await blocks.set_organizer_blocked(caller_of(info), str(organizer_id), False, deps_of(info))
            return p.DirectoryDonePayload(done=True)

        return await payload_of(run, _done)

    @described.mutation("Mark one of your notifications read.")
    async def mark_directory_notification_read(
        self, info: DiscoveryInfo, id: strawberry.ID
    ) -> p.DirectoryDonePayload:
        async def run() -> p.DirectoryDonePayload:
            await threads.mark_notification_read(caller_of(info), str(id), deps_of(info))
            return p.DirectoryDonePayload(done=True)

        return await payload_of(run, _done)

    @described.mutation("Rate and review the organizer of your completed booking, once.")
    async def write_review(
        self, info: DiscoveryInfo, enquiry_id: strawberry.ID, rating: int, body: str | None = None
    ) -> p.DirectoryReviewPayload:
        async def run() -> p.DirectoryReviewPayload:
            review = await reviews.write_review(caller_of(info), str(enquiry_id), rating, body, deps_of(info))
            return p.DirectoryReviewPayload(review=DirectoryReviewType.of(review))

        return await payload_of(run, _review)

    @described.mutation("As the organizer, reply to a review of you.")
    async def reply_to_review(
        self, info: DiscoveryInfo, review_id: strawberry.ID, reply: str
    ) -> p.DirectoryReviewPayload:
        async def run() -> p.DirectoryReviewPayload:
            review = await reviews.reply_to_review(caller_of(info), str(review_id), reply, deps_of(info))
            return p.DirectoryReviewPayload(review=DirectoryReviewType.of(review))

        return await payload_of(run, _review)

    @described.mutation("Super admins: hide a review (its stars leave the rating) or publish it again.")
    async def moderate_review(
        self, info: DiscoveryInfo, review_id: strawberry.ID, status: ReviewStatus, note: str | None = None
    ) -> p.DirectoryReviewPayload:
        async def run() -> p.DirectoryReviewPayload:
            review = await reviews.moderate_review(
                caller_of(info), str(review_id), status, note, deps_of(info)
            )
            return p.DirectoryReviewPayload(review=DirectoryReviewType.of(review))

        return await payload_of(run, _review)

    @described.mutation("Organizers and super admins: list a public event.")
    async def publish_public_event(
        self, info: DiscoveryInfo, input: i.PublicEventInput
    ) -> p.PublicEventPayload:
        command = PublishEvent(
            caller=caller_of(info),
            title=input.title,
            kind=input.kind,
            starts_at=input.starts_at,
            ends_at=input.ends_at,
            venue=input.venue,
            district=input.district,
            entry=input.entry,
            map_link=input.map_link,
            description=input.description,
            entry_link=input.entry_link,
        )

        async def run() -> p.PublicEventPayload:
            event = await public_events.publish_event(command, deps_of(info))
            return p.PublicEventPayload(event=PublicEventListingType.of(event))

        return await payload_of(run, lambda errors: p.PublicEventPayload(errors=errors))

    @described.mutation("Mark yourself interested in a public event (once however often you press).")
    async def mark_event_interested(
        self, info: DiscoveryInfo, event_id: strawberry.ID
    ) -> p.PublicEventInterestPayload:
        async def run() -> p.PublicEventInterestPayload:
            count = await public_events.mark_interested(caller_of(info), str(event_id), deps_of(info))
            return p.PublicEventInterestPayload(interested_count=count)

        return await payload_of(run, lambda errors: p.PublicEventInterestPayload(errors=errors))
