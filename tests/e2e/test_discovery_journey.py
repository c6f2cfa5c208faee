"""Issue 14 through the gateway, across services and the bus: an organizer publishes a profile; a user
finds them for a date in their district (in Telugu), sends an enquiry; it lands in the organizer's
calendar as a lead; the organizer confirms it and the user sees it confirmed; once the organizer's
stock is full that day, the directory no longer shows them free on it, and once a recount adds units,
it does again."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from .conftest import RunningPlatform

REGISTER = """mutation($i: RegisterInput!) {
  register(input: $i) { user { id } tokens { accessToken } errors { code } }
}"""
LISTING = """mutation($i: OrganizerListingInput!) {
  saveOrganizerListing(input: $i) { listing { organizerId } errors { code field } }
}"""
SEARCH = """query($d: Date) {
  searchOrganizers(service: "tent_and_shamiana", district: "ఎన్టీఆర్", freeOn: $d, text: "షామియానా") {
    items { organizerId }
  }
}"""
ENQUIRE = """mutation($i: SendEnquiryInput!) {
  sendEnquiry(input: $i) { enquiries { id } errors { code field } }
}"""
MINE = "{ myEnquiries { items { id status bookingId } } }"
LEADS = """{ bookings(filter: {statuses: [ENQUIRY]}) { items { id status sourceEnquiryId } } }"""
STOCK = (
    """mutation($i: CreateStockItemInput!) { createStockItem(input: $i) { item { id } errors { code } } }"""
)
BOOK = """mutation($i: CreateBookingInput!) {
  createBooking(input: $i) { booking { id } errors { code field } }
}"""
RECOUNT = """mutation($id: ID!, $i: UpdateStockItemInput!) {
  updateStockItem(id: $id, input: $i) { item { quantity } errors { code } }
}"""
CONFIRM = "mutation($id: ID!) { confirmBooking(id: $id) { booking { status } errors { code } } }"


def call(
    platform: RunningPlatform, query: str, variables: dict[str, Any] | None = None, token: str | None = None
) -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = httpx.post(
        platform.gateway_url, json={"query": query, "variables": variables or {}}, headers=headers, timeout=30
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert "errors" not in body, body
    return body["data"]


def eventually(check: Callable[[], Any], *, within: float = 30.0) -> Any:
    """The first truthy answer of `check`, asked every 0.1 s (events take their trip through the bus)."""
    deadline = time.monotonic() + within
    while True:
        if found := check():
            return found
        assert time.monotonic() < deadline, "the event never arrived"
        time.sleep(0.1)


def register(platform: RunningPlatform, role: str) -> tuple[str, str]:
    person = {
        "name": f"Journey {role.title()}",
        "email": f"journey-{uuid.uuid4().hex[:8]}@example.in",
        "phone": "9876543210",
        "password": "mangoes4sale!",
        "role": role,
    }
    payload = call(platform, REGISTER, {"i": person})["register"]
    assert payload["errors"] == []
    return payload["user"]["id"], payload["tokens"]["accessToken"]


def test_a_user_finds_a_free_organizer_enquires_and_sees_the_booking_confirmed(
    platform_stack: RunningPlatform,
) -> None:
    platform = platform_stack
    organizer_id, organizer = register(platform, "ORGANIZER")
    _, user = register(platform, "USER")
    listing = {
        "displayName": f"Lakshmi Tent House {organizer_id[:6]}",
        "services": [{"service": "tent_and_shamiana", "minPaise": 20_000_00, "maxPaise": 1_50_000_00}],
        "districts": ["NTR"],
    }
    assert call(platform, LISTING, {"i": listing}, organizer)["saveOrganizerListing"]["errors"] == []
    day = date.today() + timedelta(days=45)

    def free_on_day() -> list[str]:
        return [
            i["organizerId"]
            for i in call(platform, SEARCH, {"d": day.isoformat()})["searchOrganizers"]["items"]
        ]

    assert organizer_id in free_on_day()

    enquiry = {
        "organizerIds": [organizer_id],
        "kind": "wedding",
        "preferredDates": [day.isoformat()],
        "district": "NTR",
        "pinCode": "520001",
        "message": "Shamiana for 300 guests",
        "contactName": "Ravi",
        "contactPhone": "9989054321",
    }
    sent = call(platform, ENQUIRE, {"i": enquiry}, user)["sendEnquiry"]
    assert sent["errors"] == []
    enquiry_id = sent["enquiries"][0]["id"]

    def lead() -> dict[str, Any] | None:
        leads = call(platform, LEADS, token=organizer)["bookings"]["items"]
        return next((b for b in leads if b["sourceEnquiryId"] == enquiry_id), None)

    booking = eventually(lead)
    assert call(platform, CONFIRM, {"id": booking["id"]}, organizer)["confirmBooking"]["errors"] == []

    def my_status() -> str | None:
        items = call(platform, MINE, token=user)["myEnquiries"]["items"]
        status = next(i["status"] for i in items if i["id"] == enquiry_id)
        return status if status == "CONFIRMED" else None

    eventually(my_status)

    # The organizer's 10 chairs all go to another wedding that day: the day is full.
    item = call(platform, STOCK, {"i": {"name": "Chairs", "unit": "chair", "quantity": 10}}, organizer)
    starts = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=6)
    other = {
        "eventName": "Another wedding",
        "kind": "WEDDING",
        "schedule": {"startsAt": starts.isoformat(), "endsAt": (starts + timedelta(hours=5)).isoformat()},
        "venue": {"address": "Benz Circle", "district": "NTR", "stateCode": "37", "pinCode": "520010"},
        "client": {"name": "Sita", "phones": ["9848022338"]},
        "lineItems": [
            {
                "kind": "STOCK",
                "stockItemId": item["createStockItem"]["item"]["id"],
                "quantity": 10,
                "agreedPricePaise": 1000,
            }
        ],
    }
    made = call(platform, BOOK, {"i": other}, organizer)["createBooking"]
    assert made["errors"] == []
    assert call(platform, CONFIRM, {"id": made["booking"]["id"]}, organizer)["confirmBooking"]["errors"] == []
    eventually(lambda: organizer_id not in free_on_day())
    # Two more chairs counted in the godown: the day has a unit free again.
    chairs_id = item["createStockItem"]["item"]["id"]
    recount = call(platform, RECOUNT, {"id": chairs_id, "i": {"quantity": 12}}, organizer)["updateStockItem"]
    assert recount["errors"] == []
    eventually(lambda: organizer_id in free_on_day())
    assert organizer_id in [
        i["organizerId"]
        for i in call(platform, SEARCH, {"d": (day + timedelta(days=1)).isoformat()})["searchOrganizers"][
            "items"
        ]
    ]
