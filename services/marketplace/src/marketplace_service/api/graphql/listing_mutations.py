"""Mutations of used-item listings, their threads, and image uploads (products' and listings')."""

from __future__ import annotations

import uuid

import strawberry
from servicekit.graphql import described

from marketplace_service.api.graphql.context import MarketInfo, as_uuid, caller_of, services_of
from marketplace_service.api.graphql.errors import payload_of
from marketplace_service.api.graphql.listing_inputs import ShopUsedListingInput
from marketplace_service.api.graphql.listing_payloads import (
    ShopImageUploadPayload,
    ShopListingThreadPayload,
    ShopUsedListingPayload,
)
from marketplace_service.api.graphql.listing_types import (
    ShopImageUploadType,
    ShopListingThreadType,
    ShopUsedListingType,
)
from marketplace_service.domain.listings import ListingInput
from marketplace_service.service_layer import images, listing_reads, listing_threads, listings


async def listing_shown(info: MarketInfo, listing_id: uuid.UUID) -> ShopUsedListingType:
    deps, caller = services_of(info).deps, caller_of(info)
    row = await listing_reads.listing(deps, caller, listing_id)
    photos = await images.image_links(deps, "listing", [row.id])
    return ShopUsedListingType.of(row, caller.user_id, photos[row.id])


async def thread_shown(info: MarketInfo, thread_id: uuid.UUID) -> ShopListingThreadType:
    caller = caller_of(info)
    view = await listing_threads.thread(services_of(info).deps, caller, thread_id)
    return ShopListingThreadType.of(view, uuid.UUID(caller.user_id or ""))


async def _listing_payload(info: MarketInfo, listing_id: uuid.UUID) -> ShopUsedListingPayload:
    return ShopUsedListingPayload(listing=await listing_shown(info, listing_id))


def _raw(given: ShopUsedListingInput) -> ListingInput:
    return ListingInput(
        given.category_id,
        given.title,
        given.description,
        given.condition,
        given.price_paise,
        given.district_id,
        given.contact_phone,
    )


@strawberry.type
class ListingMutations:
    @described.mutation(
        "List a used item for sale (any signed-in person): pending until a super admin approves it."
    )
    async def create_used_listing(
        self, info: MarketInfo, input: ShopUsedListingInput
    ) -> ShopUsedListingPayload:
        async def run() -> ShopUsedListingPayload:
            made = await listings.create_listing(services_of(info).deps, caller_of(info), _raw(input))
            return await _listing_payload(info, made)

        return await payload_of(run, lambda e: ShopUsedListingPayload(errors=e))

    @described.mutation(
        "Change your pending or active used-item listing: it waits for a super admin's approval again."
    )
    async def update_used_listing(
        self, info: MarketInfo, listing_id: strawberry.ID, input: ShopUsedListingInput
    ) -> ShopUsedListingPayload:
        async def run() -> ShopUsedListingPayload:
            listing_uuid = as_uuid(listing_id, "listingId")
            await listings.update_listing(services_of(info).deps, caller_of(info), listing_uuid, _raw(input))
            return await _listing_payload(info, listing_uuid)

        return await payload_of(run, lambda e: ShopUsedListingPayload(errors=e))

    @described.mutation("Approve a pending used-item listing, or reject one with a reason (super admins).")
    async def moderate_used_listing(
        self, info: MarketInfo, listing_id: strawberry.ID, approve: bool, reason: str | None = None
    ) -> ShopUsedListingPayload:
        async def run() -> ShopUsedListingPayload:
            listing_uuid = as_uuid(listing_id, "listingId")
            await listings.moderate_listing(
                services_of(info).deps, caller_of(info), listing_uuid, approve, reason
            )
            return await _listing_payload(info, listing_uuid)

        return await payload_of(run, lambda e: ShopUsedListingPayload(errors=e))

    @described.mutation("Mark your active used-item listing sold.")
    async def mark_used_listing_sold(
        self, info: MarketInfo, listing_id: strawberry.ID
    ) -> ShopUsedListingPayload:
        async def run() -> ShopUsedListingPayload:
            listing_uuid = as_uuid(listing_id, "listingId")
            await listings.close_listing(services_of(info).deps, caller_of(info), listing_uuid, sold=True)
            return await _listing_payload(info, listing_uuid)

        return await payload_of(run, lambda e: ShopUsedListingPayload(errors=e))

    @described.mutation("Withdraw your pending or active used-item listing.")
    async def withdraw_used_listing(
        self, info: MarketInfo, listing_id: strawberry.ID
    ) -> ShopUsedListingPayload:
        async def run() -> ShopUsedListingPayload:
            listing_uuid = as_uuid(listing_id, "listingId")
            await listings.close_listing(services_of(info).deps, caller_of(info), listing_uuid, sold=False)
            return await _listing_payload(info, listing_uuid)

        return await payload_of(run, lambda e: ShopUsedListingPayload(errors=e))

    @described.mutation("Write to a used item's seller (your thread with them is made on the first message).")
    async def message_used_listing_seller(
        self, info: MarketInfo, listing_id: strawberry.ID, body: str
    ) -> ShopListingThreadPayload:
        async def run() -> ShopListingThreadPayload:
            thread_id = await listing_threads.message_seller(
                services_of(info).deps, caller_of(info), as_uuid(listing_id, "listingId"), body
            )
            return ShopListingThreadPayload(thread=await thread_shown(info, thread_id))

        return await payload_of(run, lambda e: ShopListingThreadPayload(errors=e))

    @described.mutation(
        "Write in a listing thread you are in (the seller's first reply shows the buyer their phone)."
    )
    async def reply_in_listing_thread(
        self, info: MarketInfo, thread_id: strawberry.ID, body: str
    ) -> ShopListingThreadPayload:
        async def run() -> ShopListingThreadPayload:
            thread_uuid = as_uuid(thread_id, "threadId")
            await listing_threads.reply(services_of(info).deps, caller_of(info), thread_uuid, body)
            return ShopListingThreadPayload(thread=await thread_shown(info, thread_uuid))

        return await payload_of(run, lambda e: ShopListingThreadPayload(errors=e))

    @described.mutation("A signed link to upload one photo of a product of a store you manage (at most 8).")
    async def request_shop_product_image_upload(
        self, info: MarketInfo, product_id: strawberry.ID, content_type: str | None = None
    ) -> ShopImageUploadPayload:
        async def run() -> ShopImageUploadPayload:
            ticket = await images.request_upload(
                services_of(info).deps,
                caller_of(info),
                "product",
                as_uuid(product_id, "productId"),
                content_type,
            )
            return ShopImageUploadPayload(upload=ShopImageUploadType.of(ticket))

        return await payload_of(run, lambda e: ShopImageUploadPayload(errors=e))

    @described.mutation("A signed link to upload one photo of your open used-item listing (at most 8).")
    async def request_used_listing_photo_upload(
        self, info: MarketInfo, listing_id: strawberry.ID, content_type: str | None = None
    ) -> ShopImageUploadPayload:
        async def run() -> ShopImageUploadPayload:
            ticket = await images.request_upload(
                services_of(info).deps,
                caller_of(info),
                "listing",
                as_uuid(listing_id, "listingId"),
                content_type,
            )
            return ShopImageUploadPayload(upload=ShopImageUploadType.of(ticket))

        return await payload_of(run, lambda e: ShopImageUploadPayload(errors=e))
