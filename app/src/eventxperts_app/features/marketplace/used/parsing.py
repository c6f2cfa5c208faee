"""Maps the marketplace service's answers about used listings and their threads to typed results
(pure); off-contract answers are UNEXPECTED_RESPONSE."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_str,
    required_bool,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.marketplace.used.models import (
    ListingCondition,
    ListingMessage,
    ListingResult,
    ListingStatus,
    ListingThread,
    Photo,
    ThreadResult,
    UploadLink,
    UsedListing,
    UsedListingPage,
)


def parse_photo(raw: object) -> Photo:
    obj = as_object(raw, "photo")
    return Photo(required_str(obj, "id"), required_str(obj, "url"), required_str(obj, "thumbnailUrl"))


def parse_listing(raw: object) -> UsedListing:
    obj = as_object(raw, "listing")
    return UsedListing(
        id=required_str(obj, "id"),
        category_id=required_str(obj, "categoryId"),
        title=required_str(obj, "title"),
        description=optional_str(obj, "description"),
        condition=enum_member(ListingCondition, obj.get("condition"), "condition"),
        price_paise=required_int(obj, "pricePaise"),
        district_id=required_str(obj, "districtId"),
        status=enum_member(ListingStatus, obj.get("status"), "status"),
        status_reason=optional_str(obj, "statusReason"),
        created_at=required_datetime(obj, "createdAt"),
        mine=required_bool(obj, "mine"),
        contact_phone=optional_str(obj, "contactPhone"),
        photos=tuple(parse_photo(p) for p in as_list(obj.get("photos"), "photos")),
    )


def parse_listing_page(data: Mapping[str, object], field: str) -> UsedListingPage:
    page = as_object(data.get(field), field)
    return UsedListingPage(
        tuple(parse_listing(item) for item in as_list(page.get("listings"), "listings")),
        optional_str(page, "nextCursor"),
    )


def parse_listings(data: Mapping[str, object], field: str) -> tuple[UsedListing, ...]:
    return tuple(parse_listing(item) for item in as_list(data.get(field), field))


def parse_message(raw: object) -> ListingMessage:
    obj = as_object(raw, "message")
    return ListingMessage(
        required_str(obj, "id"),
        required_bool(obj, "fromMe"),
        optional_str(obj, "body"),
        required_datetime(obj, "sentAt"),
    )


def parse_thread(raw: object) -> ListingThread:
    obj = as_object(raw, "thread")
    return ListingThread(
        id=required_str(obj, "id"),
        listing_id=required_str(obj, "listingId"),
        listing_title=required_str(obj, "listingTitle"),
        i_am_seller=required_bool(obj, "iAmSeller"),
        seller_replied=required_bool(obj, "sellerReplied"),
        seller_phone=optional_str(obj, "sellerPhone"),
        last_message_at=required_datetime(obj, "lastMessageAt"),
        messages=tuple(parse_message(m) for m in as_list(obj.get("messages"), "messages")),
    )


def parse_threads(data: Mapping[str, object]) -> tuple[ListingThread, ...]:
    return tuple(parse_thread(t) for t in as_list(data.get("myListingThreads"), "myListingThreads"))


def parse_listing_payload(data: Mapping[str, object], field: str) -> ListingResult:
    payload = payload_of(data, field)
    listing = payload.get("listing")
    return ListingResult(
        None if listing is None else parse_listing(listing), parse_errors(payload.get("errors"))
    )


def parse_thread_payload(data: Mapping[str, object], field: str) -> ThreadResult:
    payload = payload_of(data, field)
    thread = payload.get("thread")
    return ThreadResult(None if thread is None else parse_thread(thread), parse_errors(payload.get("errors")))


def parse_upload_payload(data: Mapping[str, object], field: str) -> UploadLink:
    payload = payload_of(data, field)
    upload = payload.get("upload")
    url = None if upload is None else required_str(as_object(upload, "upload"), "uploadUrl")
    return UploadLink(url, parse_errors(payload.get("errors")))
