"""A tent house's goods go out under a delivery challan (issue 11, CGST Rule 55), through the gateway
and the bus: the organizer records the dispatch sheet in the calendar, billing hears
`calendar.booking.dispatched` and makes a draft challan with the items loaded and their value (the
daily rent), the organizer gives the HSN code, issues it (numbered in the DC series) and fetches its
PDF in Telugu at the signed link."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from .browser.billing_setup import Organizer, registered_organizer, with_business_facts
from .conftest import RunningPlatform

pytestmark = pytest.mark.slow

ERRORS = "errors { code field }"
DOCUMENT = (
    "document { id number status title purpose valuesToConfirm lines { description taxCode quantity } }"
)


def _stock_booking(organizer: Organizer) -> str:
    """A confirmed booking a month ahead that rents 2 shamianas (Rs 6,000 a day each); its id."""
    made = organizer.call(
        "mutation($i: CreateStockItemInput!) { createStockItem(input: $i) { item { id } " + ERRORS + " } }",
        {"i": {"name": "Shamiana 40x60", "unit": "nos", "quantity": 4, "dailyRentPaise": 6_000_00}},
    )["createStockItem"]
    assert made["errors"] == [], made
    starts = (datetime.now(UTC) + timedelta(days=30)).replace(hour=12, minute=30, second=0, microsecond=0)
    booking = {
        "eventName": "Rao gruhapravesam",
        "kind": "GRUHAPRAVESAM",
        "schedule": {"startsAt": starts.isoformat(), "endsAt": (starts + timedelta(hours=6)).isoformat()},
        "venue": {
            "address": "Plot 14, Kondapur",
            "district": "Hyderabad",
            "stateCode": "36",
            "pinCode": "500084",
        },
        "client": {"name": "Srinivasa Rao", "phones": ["9848011223"], "email": None},
        "lineItems": [
            {"kind": "STOCK", "stockItemId": made["item"]["id"], "quantity": 2, "agreedPricePaise": 0}
        ],
        "agreedTotalPaise": 0,
    }
    created = organizer.call(
        "mutation($i: CreateBookingInput!) { createBooking(input: $i) { booking { id } " + ERRORS + " } }",
        {"i": booking},
    )["createBooking"]
    assert created["errors"] == [], created
    booking_id: str = created["booking"]["id"]
    confirm = "mutation($id: ID!) { confirmBooking(id: $id) { booking { status } errors { code } } }"
    assert organizer.call(confirm, {"id": booking_id})["confirmBooking"]["errors"] == []
    return booking_id


def _draft_challan(organizer: Organizer, booking_id: str) -> dict[str, Any]:
    query = (
        "{ billingDocuments(kind: DELIVERY_CHALLAN) { id bookingId status clientId eventStateCode notes "
        "lines { description taxCode quantity unit ratePaise taxRate } } }"
    )

    def found() -> dict[str, Any] | None:
        documents = organizer.call(query, {})["billingDocuments"]
        return next((d for d in documents if d["bookingId"] == booking_id and d["status"] == "DRAFT"), None)

    challan: dict[str, Any] = organizer.wait_for("the dispatch's draft challan", found)
    return challan


def test_a_dispatch_sheet_becomes_an_issued_delivery_challan_with_its_pdf(
    platform_stack: RunningPlatform,
) -> None:
    tag = secrets.token_hex(3)
    organizer = registered_organizer(platform_stack, f"Ramana {tag}", f"challan-{tag}@example.in")
    with_business_facts(organizer, "Sri Ramana Tent House")
    booking_id = _stock_booking(organizer)
    sheet = organizer.call(
        "mutation($b: ID!, $i: DispatchInput!) { recordDispatch(bookingId: $b, input: $i) { "
        + ERRORS
        + " } }",
        {"b": booking_id, "i": {"loadedBy": "Raju", "vehicle": "TS 07 UC 1188"}},
    )["recordDispatch"]
    assert sheet["errors"] == [], sheet

    draft = _draft_challan(organizer, booking_id)
    assert [(line["description"], line["quantity"], line["ratePaise"]) for line in draft["lines"]] == [
        ("Shamiana 40x60", "2", 6_000_00)
    ]
    issue = "mutation($id: ID!) { issueDeliveryChallan(id: $id) { " + DOCUMENT + " " + ERRORS + " } }"
    refused = organizer.call(issue, {"id": draft["id"]})["issueDeliveryChallan"]
    assert refused["errors"] == [{"code": "INVALID_TAX_CODE", "field": "lines.0.taxCode"}]

    line = {**draft["lines"][0], "taxCode": "6306"}
    saved = organizer.call(
        "mutation($i: BillingDraftInput!) { saveBillingDraft(input: $i) { " + ERRORS + " } }",
        {
            "i": {
                "kind": "DELIVERY_CHALLAN",
                "documentId": draft["id"],
                "clientId": draft["clientId"],
                "eventStateCode": draft["eventStateCode"],
                "notes": draft["notes"],
                "lines": [line],
            }
        },
    )["saveBillingDraft"]
    assert saved["errors"] == [], saved
    issued = organizer.call(issue, {"id": draft["id"]})["issueDeliveryChallan"]
    assert issued["errors"] == [], issued
    challan = issued["document"]
    assert (challan["status"], challan["title"], challan["purpose"]) == (
        "ISSUED",
        "Delivery Challan",
        "OTHER",
    )
    assert challan["number"].startswith("DC/")
    assert challan["number"].endswith("/1")

    link = organizer.call(
        'mutation($id: ID!) { billingDocumentPdf(id: $id, language: "te") { url ' + ERRORS + " } }",
        {"id": draft["id"]},
    )["billingDocumentPdf"]
    pdf = httpx.get(link["url"], timeout=60)
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF-")
