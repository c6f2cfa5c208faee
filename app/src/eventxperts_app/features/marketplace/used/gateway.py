"""The used-item market's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.marketplace.used import operations
from eventxperts_app.features.marketplace.used.models import (
    ListingResult,
    ListingThread,
    ThreadResult,
    UploadLink,
    UsedListing,
    UsedListingPage,
)
from eventxperts_app.features.marketplace.used.parsing import (
    parse_listing,
    parse_listing_page,
    parse_listing_payload,
    parse_listings,
    parse_thread,
    parse_thread_payload,
    parse_threads,
    parse_upload_payload,
)

PAGE = 20
QUEUE = 100  # the moderation queue's page: the service's cap


async def search(
    client: GatewayClient, search_input: JsonObject, after: str | None, access_token: str
) -> UsedListingPage:
    variables: JsonObject = {"input": search_input, "first": PAGE, "after": after}
    return parse_listing_page(
        await client.execute(operations.USED_LISTINGS, variables, access_token), "usedListings"
    )


async def listing(client: GatewayClient, listing_id: str, access_token: str) -> UsedListing:
    data = await client.execute(operations.USED_LISTING, {"id": listing_id}, access_token)
    return parse_listing(data.get("usedListing"))


async def my_listings(client: GatewayClient, access_token: str) -> tuple[UsedListing, ...]:
    return parse_listings(
        await client.execute(operations.MY_USED_LISTINGS, {}, access_token), "myUsedListings"
    )


async def to_moderate(client: GatewayClient, access_token: str) -> tuple[UsedListing, ...]:
    data = await client.execute(operations.LISTINGS_TO_MODERATE, {"first": QUEUE}, access_token)
    return parse_listing_page(data, "usedListingsToModerate").listings


async def save(
    client: GatewayClient, listing_id: str | None, listing_input: JsonObject, access_token: str
) -> ListingResult:
    """Lists a new item, or changes the listing `listing_id`."""
    if listing_id is None:
        data = await client.execute(operations.CREATE_LISTING, {"input": listing_input}, access_token)
        return parse_listing_payload(data, "createUsedListing")
    variables: JsonObject = {"listingId": listing_id, "input": listing_input}
    data = await client.execute(operations.UPDATE_LISTING, variables, access_token)
    return parse_listing_payload(data, "updateUsedListing")


async def close(client: GatewayClient, listing_id: str, sold: bool, access_token: str) -> ListingResult:
    """Marks the listing sold, or withdraws it."""
    document, field = (
        (operations.MARK_SOLD, "markUsedListingSold")
        if sold
        else (operations.WITHDRAW, "withdrawUsedListing")
    )
    data = await client.execute(document, {"listingId": listing_id}, access_token)
    return parse_listing_payload(data, field)


async def moderate(
    client: GatewayClient, listing_id: str, approve: bool, reason: str | None, access_token: str
) -> ListingResult:
    variables: JsonObject = {"listingId": listing_id, "approve": approve, "reason": reason}
    data = await client.execute(operations.MODERATE_LISTING, variables, access_token)
    return parse_listing_payload(data, "moderateUsedListing")


async def photo_upload_link(
    client: GatewayClient, listing_id: str, content_type: str | None, access_token: str
) -> UploadLink:
    variables: JsonObject = {"listingId": listing_id, "contentType": content_type}
    data = await client.execute(operations.PHOTO_UPLOAD, variables, access_token)
    return parse_upload_payload(data, "requestUsedListingPhotoUpload")


async def threads(client: GatewayClient, access_token: str) -> tuple[ListingThread, ...]:
    return parse_threads(await client.execute(operations.MY_THREADS, {}, access_token))


async def thread(client: GatewayClient, thread_id: str, access_token: str) -> ListingThread:
    data = await client.execute(operations.THREAD, {"id": thread_id}, access_token)
    return parse_thread(data.get("listingThread"))


async def message_seller(
    client: GatewayClient, listing_id: str, body: str, access_token: str
) -> ThreadResult:
    variables: JsonObject = {"listingId": listing_id, "body": body}
    data = await client.execute(operations.MESSAGE_SELLER, variables, access_token)
    return parse_thread_payload(data, "messageUsedListingSeller")


async def reply(client: GatewayClient, thread_id: str, body: str, access_token: str) -> ThreadResult:
    variables: JsonObject = {"threadId": thread_id, "body": body}
    return parse_thread_payload(
        await client.execute(operations.REPLY, variables, access_token), "replyInListingThread"
    )
