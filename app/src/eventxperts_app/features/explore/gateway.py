"""The explore section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from datetime import date

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.explore import operations
from eventxperts_app.features.explore.models import (
    EnquiriesResult,
    Enquiry,
    Listing,
    ListingPage,
    PublicEvent,
)
from eventxperts_app.features.explore.parsing import (
    parse_listing,
    parse_listing_page,
    parse_my_enquiries,
    parse_public_events,
    parse_send_enquiry,
)

PAGE = 20


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


async def my_enquiries(client: GatewayClient, access_token: str) -> tuple[Enquiry, ...]:
    data = await client.execute(operations.MY_ENQUIRIES, {"first": PAGE, "offset": 0}, access_token)
    return parse_my_enquiries(data)


async def public_events(
    client: GatewayClient, start: date, end: date, district: str | None = None
) -> tuple[PublicEvent, ...]:
    variables: JsonObject = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "district": district,
        "first": PAGE,
        "offset": 0,
    }
    return parse_public_events(await client.execute(operations.PUBLIC_EVENTS, variables))
