"""The explore section reads the discovery subgraph's answers (validated against its SDL) into its models."""

from __future__ import annotations

from datetime import date

import pytest
from eventxperts_app.api.gateway_errors import UNEXPECTED_RESPONSE, GatewayError
from eventxperts_app.features.explore import operations
from eventxperts_app.features.explore.parsing import (
    parse_listing,
    parse_listing_page,
    parse_my_enquiries,
    parse_public_events,
    parse_send_enquiry,
)

from .payloads import ENQUIRY, LISTING, PUBLIC_EVENT
from .sdl_answers import answered

SEARCH_VARIABLES = {"sort": "RELEVANCE", "first": 20, "offset": 0}


def test_a_search_answer_reads_as_a_page_of_organizers_with_their_price_ranges() -> None:
    data = answered(
        operations.SEARCH_ORGANIZERS,
        {"searchOrganizers": {"items": [LISTING], "totalCount": 1, "hasMore": False}},
        SEARCH_VARIABLES,
    )
    page = parse_listing_page(data)
    assert (page.total_count, page.has_more) == (1, False)
    (listing,) = page.items
    assert listing.display_name_te == "లక్ష్మి డెకరేటర్స్"
    assert [(o.service, o.min_paise, o.max_paise) for o in listing.services] == [
        ("decoration", 2500000, 9000000)
    ]
    assert [d.name_te for d in listing.districts] == ["గుంటూరు"]


def test_an_organizer_page_carries_its_reviews_with_their_text_as_written() -> None:
    data = answered(operations.ORGANIZER_LISTING, {"organizerListing": LISTING}, {"organizerId": "org-1"})
    listing = parse_listing(data["organizerListing"])
    assert listing.rating == 4.5
    assert [(r.rating, r.body) for r in listing.reviews] == [(5, "<b>Beautiful</b> mandapam")]


def test_my_enquiries_read_with_their_status_dates_and_thread() -> None:
    data = answered(
        operations.MY_ENQUIRIES,
        {"myEnquiries": {"items": [ENQUIRY], "totalCount": 1, "hasMore": False}},
        {"first": 20, "offset": 0},
    )
    (enquiry,) = parse_my_enquiries(data)
    assert enquiry.status == "TENTATIVE"
    assert enquiry.preferred_dates == (date(2027, 2, 14), date(2027, 2, 20))
    assert [(m.from_organizer, m.body) for m in enquiry.messages] == [(True, "We are free")]


def test_a_refused_enquiry_reads_as_its_typed_errors() -> None:
    errors = [{"code": "TOO_MANY_ORGANIZERS", "field": "organizerIds", "message": "Choose at most five."}]
    data = answered(
        operations.SEND_ENQUIRY,
        {"sendEnquiry": {"enquiries": [], "errors": errors}},
        {
            "input": {
                "organizerIds": ["a", "b", "c", "d", "e", "f"],
                "kind": "wedding",
                "preferredDates": ["2027-02-14"],
                "district": "Guntur",
                "pinCode": "522002",
                "message": "Hello",
                "contactName": "Ravi",
                "contactPhone": "+919876543210",
            }
        },
    )
    result = parse_send_enquiry(data)
    assert result.enquiries == ()
    assert [(e.code, e.field) for e in result.errors] == [("TOO_MANY_ORGANIZERS", "organizerIds")]


def test_public_events_read_with_the_festivals_of_their_day() -> None:
    data = answered(
        operations.PUBLIC_EVENTS,
        {"publicEvents": [PUBLIC_EVENT]},
        {"start": "2027-01-01", "end": "2027-01-31", "first": 20, "offset": 0},
    )
    (event,) = parse_public_events(data)
    assert (event.title, event.entry, event.festivals) == ("Sankranti mela", "FREE", ("Makara Sankranti",))


def test_an_answer_off_the_contract_is_an_unexpected_response_not_a_crash() -> None:
    with pytest.raises(GatewayError) as caught:
        parse_listing_page({"searchOrganizers": {"items": [{"organizerId": 7}], "totalCount": 1}})
    assert caught.value.code == UNEXPECTED_RESPONSE
