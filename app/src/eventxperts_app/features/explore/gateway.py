"""The explore section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from datetime import date

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.features.explore import operations
from eventxperts_app.features.explore.models import (
    EnquiriesResult,
    Enquiry,
    EnquiryResult,
    InterestResult,
    Listing,
    ListingPage,
    ListingResult,
    MessageResult,
    PublicEvent,
    ReviewResult,
    ServiceKind,
)
from eventxperts_app.features.explore.parsing import (
    parse_done_errors,
    parse_enquiry_page,
    parse_enquiry_payload,
    parse_interest,
    parse_listing,
    parse_listing_page,
    parse_listing_payload,
    parse_message_payload,
    parse_my_enquiries,
    parse_my_listing,
    parse_public_event,
    parse_public_events,
    parse_review_payload,
    parse_send_enquiry,
    parse_service_kinds,
)

PAGE = 20


async def service_kinds(client: GatewayClient) -> tuple[ServiceKind, ...]:
    return parse_service_kinds(await client.execute(operations.SERVICE_KINDS, {}))


async def search_organizers(
    client: GatewayClient,
    *,
    service: str | None = None,
    district: str | None = None,
    free_on: date | None = None,
    text: str | None = None,
    offset: int = 0,
) -> ListingPage:
    """Organizers by the filters given; the directory is public, so no token is needed."""
    variables: JsonObject = {
        "service": service,
        "district": district,
        "freeOn": None if free_on is None else free_on.isoformat(),
        "text": text,
        "sort": "RELEVANCE",
        "first": PAGE,
        "offset": offset,
    }
    return parse_listing_page(await client.execute(operations.SEARCH_ORGANIZERS, variables))


async def organizer_listing(client: GatewayClient, organizer_id: str) -> Listing:
    data = await client.execute(operations.ORGANIZER_LISTING, {"organizerId": organizer_id})
    return parse_listing(data.get("organizerListing"))


async def send_enquiry(client: GatewayClient, enquiry: JsonObject, access_token: str) -> EnquiriesResult:
    data = await client.execute(operations.SEND_ENQUIRY, {"input": enquiry}, access_token)
    return parse_send_enquiry(data)


async def my_enquiries(client: GatewayClient, access_token: str, offset: int = 0) -> tuple[Enquiry, ...]:
    data = await client.execute(operations.MY_ENQUIRIES, {"first": PAGE, "offset": offset}, access_token)
    return parse_my_enquiries(data)


async def organizer_enquiries(
    client: GatewayClient, access_token: str, offset: int = 0
) -> tuple[Enquiry, ...]:
    """The enquiries sent to the signed-in organizer (their leads), newest first."""
    variables: JsonObject = {"first": PAGE, "offset": offset}
    data = await client.execute(operations.ORGANIZER_ENQUIRIES, variables, access_token)
    return parse_enquiry_page(data, "organizerEnquiries")


async def withdraw_enquiry(client: GatewayClient, enquiry_id: str, access_token: str) -> EnquiryResult:
    data = await client.execute(operations.WITHDRAW_ENQUIRY, {"id": enquiry_id}, access_token)
    return parse_enquiry_payload(data, "withdrawEnquiry")


async def post_message(client: GatewayClient, enquiry_id: str, body: str, access_token: str) -> MessageResult:
    variables: JsonObject = {"enquiryId": enquiry_id, "body": body}
    data = await client.execute(operations.POST_ENQUIRY_MESSAGE, variables, access_token)
    return parse_message_payload(data)


# (the organizer's side?, block?) -> the mutation, its field and the argument naming the other party
_BLOCKS = {
    (True, True): (operations.BLOCK_ENQUIRER, "blockEnquirer", "userId"),
    (True, False): (operations.UNBLOCK_ENQUIRER, "unblockEnquirer", "userId"),
    (False, True): (operations.BLOCK_ORGANIZER, "blockOrganizer", "organizerId"),
    (False, False): (operations.UNBLOCK_ORGANIZER, "unblockOrganizer", "organizerId"),
}


async def set_block(
    client: GatewayClient, enquiry: Enquiry, *, by_organizer: bool, blocked: bool, access_token: str
) -> tuple[ApiError, ...]:
    """One party of `enquiry` blocks (or unblocks) the other: the organizer its sender, or back."""
    document, field, argument = _BLOCKS[(by_organizer, blocked)]
    other = enquiry.user_id if by_organizer else enquiry.organizer_id
    return parse_done_errors(await client.execute(document, {argument: other}, access_token), field)


async def write_review(
    client: GatewayClient, enquiry_id: str, rating: int, body: str | None, access_token: str
) -> ReviewResult:
    variables: JsonObject = {"enquiryId": enquiry_id, "rating": rating, "body": body}
    return parse_review_payload(await client.execute(operations.WRITE_REVIEW, variables, access_token))


async def public_events(
    client: GatewayClient, start: date, end: date, district: str | None = None, offset: int = 0
) -> tuple[PublicEvent, ...]:
    variables: JsonObject = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "district": district,
        "first": PAGE,
        "offset": offset,
    }
    return parse_public_events(await client.execute(operations.PUBLIC_EVENTS, variables))


async def public_event(client: GatewayClient, event_id: str) -> PublicEvent:
    data = await client.execute(operations.PUBLIC_EVENT, {"id": event_id})
    return parse_public_event(data.get("publicEvent"))


async def mark_interested(client: GatewayClient, event_id: str, access_token: str) -> InterestResult:
    data = await client.execute(operations.MARK_INTERESTED, {"eventId": event_id}, access_token)
    return parse_interest(data)


async def my_listing(client: GatewayClient, access_token: str) -> Listing | None:
    """The signed-in organizer's directory profile; None before the first save."""
    return parse_my_listing(await client.execute(operations.MY_ORGANIZER_LISTING, {}, access_token))


async def save_listing(client: GatewayClient, listing: JsonObject, access_token: str) -> ListingResult:
    data = await client.execute(operations.SAVE_ORGANIZER_LISTING, {"input": listing}, access_token)
    return parse_listing_payload(data)
