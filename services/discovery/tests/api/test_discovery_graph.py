"""The discovery subgraph as the gateway calls it: typed errors in payloads, never a 500."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
from servicekit.testing.service import Callers

LISTING = """
mutation($input: OrganizerListingInput!) {
  saveOrganizerListing(input: $input) {
    listing {
      organizerId displayName services { service nameTe minPaise } districts { id nameTe } contactPhone
    }
    errors { code field message }
  }
}
"""
SEARCH = """
query($text: String, $district: String, $freeOn: Date, $service: String) {
  searchOrganizers(text: $text, district: $district, freeOn: $freeOn, service: $service) {
    totalCount hasMore items { displayName rating }
  }
}
"""
SEND = """
mutation($input: SendEnquiryInput!) {
  sendEnquiry(input: $input) {
    enquiries { id status district { name } preferredDates messages { body } }
    errors { code field }
  }
}
"""


async def gql(
    client: httpx.AsyncClient, query: str, variables: dict[str, object], headers: dict[str, str]
) -> dict:  # type: ignore[type-arg]
    response = await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def listing_input(**changes: object) -> dict[str, object]:
    return {
        "displayName": "Lakshmi Tent House",
        "services": [{"service": "tent_and_shamiana", "minPaise": 20_000_00, "maxPaise": 1_50_000_00}],
        "districts": ["NTR"],
        "contactWays": ["in_app", "whatsapp"],
        "contactPhone": "9848022338",
    } | changes


async def test_an_organizer_publishes_and_a_guest_finds_them_in_telugu(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    saved = await gql(client, LISTING, {"input": listing_input()}, callers.headers("organizer"))
    payload = saved["data"]["saveOrganizerListing"]
    assert payload["errors"] == []
    assert payload["listing"]["services"] == [
        {"service": "tent_and_shamiana", "nameTe": "టెంట్ మరియు షామియానా", "minPaise": 20_000_00}
    ]
    assert payload["listing"]["contactPhone"] == "+919848022338"
    found = await gql(client, SEARCH, {"text": "షామియానా", "district": "ఎన్టీఆర్"}, {})
    assert found["data"]["searchOrganizers"] == {
        "totalCount": 1,
        "hasMore": False,
        "items": [{"displayName": "Lakshmi Tent House", "rating": None}],
    }


async def test_bad_listing_input_comes_back_as_codes(client: httpx.AsyncClient, callers: Callers) -> None:
    bad = listing_input(
        services=[{"service": "juggling", "minPaise": 1, "maxPaise": 2}], districts=["Chennai"]
    )
    payload = (await gql(client, LISTING, {"input": bad}, callers.headers("organizer")))["data"][
        "saveOrganizerListing"
    ]
    assert payload["listing"] is None
    assert {(e["code"], e["field"]) for e in payload["errors"]} == {
        ("UNKNOWN_SERVICE", "services.0.service"),
        ("UNKNOWN_DISTRICT", "districts.0"),
    }


async def test_a_user_cannot_publish_a_listing(client: httpx.AsyncClient, callers: Callers) -> None:
    payload = (await gql(client, LISTING, {"input": listing_input()}, callers.headers("user")))["data"]
    assert [e["code"] for e in payload["saveOrganizerListing"]["errors"]] == ["FORBIDDEN"]


async def test_a_bad_search_is_a_graphql_error_with_a_code(client: httpx.AsyncClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    answer = await gql(client, SEARCH, {"freeOn": yesterday, "service": "juggling"}, {})
    [error] = answer["errors"]
    assert error["extensions"]["code"] == "INVALID_INPUT"


async def test_a_signed_in_user_sends_an_enquiry_through_the_graph(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    saved = await gql(client, LISTING, {"input": listing_input()}, callers.headers("organizer"))
    organizer_id = saved["data"]["saveOrganizerListing"]["listing"]["organizerId"]
    day = (date.today() + timedelta(days=40)).isoformat()
    enquiry = {
        "organizerIds": [organizer_id],
        "kind": "wedding",
        "preferredDates": [day],
        "district": "NTR",
        "pinCode": "520001",
        "message": "<script>alert(1)</script> 500 guests",
        "contactName": "Suresh",
        "contactPhone": "9876543210",
    }
    payload = (await gql(client, SEND, {"input": enquiry}, callers.headers("user")))["data"]["sendEnquiry"]
    assert payload["errors"] == []
    assert payload["enquiries"][0]["status"] == "SENT"
    assert payload["enquiries"][0]["district"] == {"name": "NTR"}
    guest = (await gql(client, SEND, {"input": enquiry}, {}))["data"]["sendEnquiry"]
    assert [e["code"] for e in guest["errors"]] == ["NOT_AUTHENTICATED"]
    # Sent again with a request key (a retry after a lost answer): one enquiry, however often.
    keyed = {**enquiry, "requestKey": "6f1c2b1e-0d4f-4a57-9d2c-1b0e5f3a9c11"}
    first, again = [
        (await gql(client, SEND, {"input": keyed}, callers.headers("user")))["data"]["sendEnquiry"]
        for _ in range(2)
    ]
    assert first["enquiries"][0]["id"] == again["enquiries"][0]["id"]
    # The user blocks the organizer: each side sees only its own block.
    block = "mutation($o: ID!) { blockOrganizer(organizerId: $o) { done errors { code } } }"
    blocked = await gql(client, block, {"o": organizer_id}, callers.headers("user"))
    assert blocked["data"]["blockOrganizer"] == {"done": True, "errors": []}
    mine = "{ myEnquiries { items { blockedByMe messages { body } } } }"  # both relations, batched
    theirs = "{ organizerEnquiries { items { blockedByMe } } }"
    user_view = (await gql(client, mine, {}, callers.headers("user")))["data"]["myEnquiries"]["items"]
    organizer_view = await gql(client, theirs, {}, callers.headers("organizer"))
    assert {e["blockedByMe"] for e in user_view} == {True}
    assert {e["blockedByMe"] for e in organizer_view["data"]["organizerEnquiries"]["items"]} == {False}


async def test_a_malformed_id_is_not_found_not_an_internal_error(client: httpx.AsyncClient) -> None:
    answer = await gql(client, 'query { organizerListing(organizerId: "x") { displayName } }', {}, {})
    assert answer["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_service_kinds_have_telugu_names(client: httpx.AsyncClient) -> None:
    answer = await gql(client, "{ directoryServiceKinds { slug nameTe } }", {}, {})
    kinds = {k["slug"]: k["nameTe"] for k in answer["data"]["directoryServiceKinds"]}
    assert kinds["catering"] == "క్యాటరింగ్"
