"""Reading the discovery subgraph's answers into the explore section's models."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    optional_float,
    optional_int,
    optional_str,
    required_bool,
    required_date,
    required_datetime,
    required_int,
    required_str,
)
from eventxperts_app.api.models import ApiError
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.explore.models import (
    BilingualName,
    District,
    EnquiriesResult,
    Enquiry,
    EnquiryResult,
    EventDay,
    InterestResult,
    Listing,
    ListingPage,
    ListingResult,
    MessageResult,
    PublicEvent,
    Review,
    ReviewResult,
    ServiceKind,
    ServiceOffer,
    ThreadMessage,
)


def parse_district(raw: object) -> District:
    obj = as_object(raw, "district")
    return District(
        id=required_str(obj, "id"), name=required_str(obj, "name"), name_te=required_str(obj, "nameTe")
    )


def _offer(raw: object) -> ServiceOffer:
    obj = as_object(raw, "service offer")
    return ServiceOffer(
        service=required_str(obj, "service"),
        name=required_str(obj, "name"),
        name_te=required_str(obj, "nameTe"),
        min_paise=required_int(obj, "minPaise"),
        max_paise=required_int(obj, "maxPaise"),
    )


def _review(raw: object) -> Review:
    obj = as_object(raw, "review")
    return Review(
        id=required_str(obj, "id"),
        rating=required_int(obj, "rating"),
        body=optional_str(obj, "body"),
        reply=optional_str(obj, "reply"),
        created_at=required_datetime(obj, "createdAt"),
    )


def parse_service_kinds(data: Mapping[str, object]) -> tuple[ServiceKind, ...]:
    kinds = as_list(data.get("directoryServiceKinds"), "directoryServiceKinds")
    return tuple(
        ServiceKind(required_str(o, "slug"), required_str(o, "name"), required_str(o, "nameTe"))
        for o in (as_object(k, "service kind") for k in kinds)
    )


def parse_review_payload(data: Mapping[str, object]) -> ReviewResult:
    payload = payload_of(data, "writeReview")
    review = payload.get("review")
    return ReviewResult(None if review is None else _review(review), parse_errors(payload.get("errors")))


def parse_listing(raw: object) -> Listing:
    obj = as_object(raw, "organizer listing")
    return Listing(
        organizer_id=required_str(obj, "organizerId"),
        display_name=required_str(obj, "displayName"),
        display_name_te=optional_str(obj, "displayNameTe"),
        about=optional_str(obj, "about"),
        services=tuple(_offer(o) for o in as_list(obj.get("services"), "services")),
        districts=tuple(parse_district(d) for d in as_list(obj.get("districts"), "districts")),
        rating=optional_float(obj, "rating"),
        rating_count=required_int(obj, "ratingCount"),
        contact_phone=optional_str(obj, "contactPhone"),
        reviews=tuple(_review(r) for r in as_list(obj.get("reviews", []), "reviews")),
        published=required_bool(obj, "published"),
    )


def parse_my_listing(data: Mapping[str, object]) -> Listing | None:
    raw = data.get("myOrganizerListing")
    return None if raw is None else parse_listing(raw)


def parse_listing_payload(data: Mapping[str, object]) -> ListingResult:
    payload = payload_of(data, "saveOrganizerListing")
    listing = payload.get("listing")
    return ListingResult(
        None if listing is None else parse_listing(listing), parse_errors(payload.get("errors"))
    )


def parse_listing_page(data: Mapping[str, object]) -> ListingPage:
    page = as_object(data.get("searchOrganizers"), "searchOrganizers")
    return ListingPage(
        items=tuple(parse_listing(item) for item in as_list(page.get("items"), "items")),
        total_count=required_int(page, "totalCount"),
        has_more=required_bool(page, "hasMore"),
    )


def _thread_message(raw: object) -> ThreadMessage:
    obj = as_object(raw, "enquiry message")
    return ThreadMessage(
        id=required_str(obj, "id"),
        from_organizer=required_bool(obj, "fromOrganizer"),
        body=required_str(obj, "body"),
        created_at=required_datetime(obj, "createdAt"),
    )


def parse_enquiry(raw: object) -> Enquiry:
    obj = as_object(raw, "enquiry")
    dates = as_list(obj.get("preferredDates"), "preferredDates")
    return Enquiry(
        id=required_str(obj, "id"),
        organizer_id=required_str(obj, "organizerId"),
        kind=required_str(obj, "kind"),
        preferred_dates=tuple(required_date({"day": d}, "day") for d in dates),
        district=parse_district(obj.get("district")),
        guest_count=optional_int(obj, "guestCount"),
        message=required_str(obj, "message"),
        status=required_str(obj, "status"),
        messages=tuple(_thread_message(m) for m in as_list(obj.get("messages"), "messages")),
        contact_name=required_str(obj, "contactName"),
        contact_phone=required_str(obj, "contactPhone"),
        booking_id=optional_str(obj, "bookingId"),
        budget_min_paise=optional_int(obj, "budgetMinPaise"),
        budget_max_paise=optional_int(obj, "budgetMaxPaise"),
        user_id=required_str(obj, "userId"),
        blocked_by_me=required_bool(obj, "blockedByMe"),
    )


def parse_done_errors(data: Mapping[str, object], field: str) -> tuple[ApiError, ...]:
    """The errors of a mutation answering `done` (none when it was done)."""
    return parse_errors(payload_of(data, field).get("errors"))


def parse_enquiry_page(data: Mapping[str, object], field: str) -> tuple[Enquiry, ...]:
    page = as_object(data.get(field), field)
    return tuple(parse_enquiry(item) for item in as_list(page.get("items"), "items"))


def parse_enquiry_payload(data: Mapping[str, object], field: str) -> EnquiryResult:
    payload = payload_of(data, field)
    enquiry = payload.get("enquiry")
    return EnquiryResult(
        None if enquiry is None else parse_enquiry(enquiry), parse_errors(payload.get("errors"))
    )


def parse_message_payload(data: Mapping[str, object]) -> MessageResult:
    payload = payload_of(data, "postEnquiryMessage")
    message = payload.get("message")
    return MessageResult(
        None if message is None else _thread_message(message), parse_errors(payload.get("errors"))
    )


def parse_my_enquiries(data: Mapping[str, object]) -> tuple[Enquiry, ...]:
    return parse_enquiry_page(data, "myEnquiries")


def parse_send_enquiry(data: Mapping[str, object]) -> EnquiriesResult:
    payload = payload_of(data, "sendEnquiry")
    return EnquiriesResult(
        enquiries=tuple(parse_enquiry(e) for e in as_list(payload.get("enquiries"), "enquiries")),
        errors=parse_errors(payload.get("errors")),
    )


def _name(raw: object, what: str) -> BilingualName:
    obj = as_object(raw, what)
    return BilingualName(en=required_str(obj, "en"), te=required_str(obj, "te"))


def _event_day(panchangam: Mapping[str, object]) -> EventDay:
    return EventDay(
        day=required_date(panchangam, "day"),
        place=required_str(panchangam, "place"),
        vara=_name(panchangam.get("vara"), "vara"),
        tithi=_name(panchangam.get("tithi"), "tithi"),
        nakshatra=_name(panchangam.get("nakshatra"), "nakshatra"),
        festivals=tuple(_name(f, "festival") for f in as_list(panchangam.get("festivals"), "festivals")),
    )


def parse_public_event(raw: object) -> PublicEvent:
    obj = as_object(raw, "public event")
    panchangam = as_object(obj.get("panchangam"), "panchangam")
    festivals = as_list(panchangam.get("festivals"), "festivals")
    return PublicEvent(
        id=required_str(obj, "id"),
        title=required_str(obj, "title"),
        kind=required_str(obj, "kind"),
        starts_at=required_datetime(obj, "startsAt"),
        ends_at=required_datetime(obj, "endsAt"),
        venue=required_str(obj, "venue"),
        district=parse_district(obj.get("district")),
        entry=required_str(obj, "entry"),
        interested_count=required_int(obj, "interestedCount"),
        whatsapp_link=required_str(obj, "whatsappLink"),
        ics_url=required_str(obj, "icsUrl"),
        subscribe_url=required_str(obj, "subscribeUrl"),
        share_url=required_str(obj, "shareUrl"),
        festivals=tuple(required_str(as_object(f, "festival"), "en") for f in festivals),
        description=optional_str(obj, "description"),
        map_link=optional_str(obj, "mapLink"),
        entry_link=optional_str(obj, "entryLink"),
        panchangam=_event_day(panchangam),
    )


def parse_public_events(data: Mapping[str, object]) -> tuple[PublicEvent, ...]:
    return tuple(parse_public_event(e) for e in as_list(data.get("publicEvents"), "publicEvents"))


def parse_interest(data: Mapping[str, object]) -> InterestResult:
    payload = payload_of(data, "markEventInterested")
    return InterestResult(optional_int(payload, "interestedCount"), parse_errors(payload.get("errors")))
