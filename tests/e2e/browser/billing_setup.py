"""What an organizer has before billing a booking, made through the gateway as any client may: an
account with its business facts (GSTIN and state, which billing learns from the users service's
event), and a booking confirmed in the calendar, which gets a draft quotation of its own (billing
consumes calendar.booking.confirmed)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from india.gstin import gstin_check_character

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, random_mobile

# A wait ceiling for events to cross the bus on a loaded 2-core machine, not a speed check.
EVENT_WAIT_S = 120


def gstin(state_code: str, pan: str) -> str:
    body = f"{state_code}{pan}1Z"
    return body + gstin_check_character(body)


@dataclass(frozen=True)
class Organizer:
    platform: RunningPlatform
    email: str
    token: str

    def call(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        answer = httpx.post(
            self.platform.gateway_url,
            json={"query": query, "variables": variables},
            headers={"authorization": f"Bearer {self.token}"},
            timeout=30,
        ).json()
        assert not answer.get("errors"), answer
        data: dict[str, Any] = answer["data"]
        return data

    def wait_for(self, what: str, found: Callable[[], Any]) -> Any:
        """`found()` once it is truthy: what another service learns from an event takes a moment."""
        deadline = time.monotonic() + EVENT_WAIT_S
        while time.monotonic() < deadline:
            if result := found():
                return result
            time.sleep(1)
        raise AssertionError(f"{what}: not there after {EVENT_WAIT_S} s")


def registered_organizer(platform: RunningPlatform, name: str, email: str) -> Organizer:
    given = {
        "name": name,
        "email": email,
        "phone": random_mobile(),
        "password": PASSWORD,
        "role": "ORGANIZER",
    }
    register = "mutation($i: RegisterInput!) { register(input: $i) { errors { code } } }"
    answer = httpx.post(platform.gateway_url, json={"query": register, "variables": {"i": given}}, timeout=30)
    assert answer.json()["data"]["register"]["errors"] == [], answer.text
    login = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }"
    answer = httpx.post(
        platform.gateway_url,
        json={"query": login, "variables": {"i": {"email": email, "password": PASSWORD}}},
        timeout=30,
    )
    return Organizer(platform, email, answer.json()["data"]["login"]["tokens"]["accessToken"])


def with_business_facts(organizer: Organizer, business: str, language: str = "EN") -> str:
    """A Telangana business with its GSTIN, `language` preferred; answers the GSTIN once billing has it."""
    number = gstin("36", "AABCU9603R")
    profile = {
        "businessName": business,
        "gstin": number,
        "stateCode": "36",
        "preferredLanguage": language,
        "address": {
            "line1": "Road 12, Banjara Hills",
            "city": "Hyderabad",
            "pinCode": "500034",
            "stateCode": "36",
        },
    }
    update = "mutation($i: ProfileInput!) { updateProfile(input: $i) { errors { code field } } }"
    assert organizer.call(update, {"i": profile})["updateProfile"]["errors"] == []
    billing = "{ billingProfile { gstin stateCode } }"
    organizer.wait_for(
        "the business facts in billing",
        lambda: organizer.call(billing, {})["billingProfile"]["gstin"] == number,
    )
    return number


def confirmed_booking(organizer: Organizer, event: str, client: str, price_paise: int) -> str:
    """A wedding a month ahead at a Hyderabad venue with one decoration service, confirmed; its id."""
    starts = (datetime.now(UTC) + timedelta(days=30)).replace(hour=12, minute=30, second=0, microsecond=0)
    booking = {
        "eventName": event,
        "kind": "WEDDING",
        "schedule": {"startsAt": starts.isoformat(), "endsAt": (starts + timedelta(hours=6)).isoformat()},
        "venue": {
            "address": "Kalyana Mandapam, Road 12",
            "district": "Hyderabad",
            "stateCode": "36",
            "pinCode": "500034",
        },
        "client": {"name": client, "phones": ["9848022338"], "email": "lakshmi.reddy@example.in"},
        "lineItems": [
            {
                "kind": "SERVICE",
                "description": "Mandapam decoration",
                "quantity": 1,
                "agreedPricePaise": price_paise,
            }
        ],
        "agreedTotalPaise": price_paise,
    }
    create = (
        "mutation($i: CreateBookingInput!) {"
        " createBooking(input: $i) { booking { id } errors { code field } } }"
    )
    created = organizer.call(create, {"i": booking})["createBooking"]
    assert created["errors"] == [], created
    booking_id: str = created["booking"]["id"]
    confirm = "mutation($id: ID!) { confirmBooking(id: $id) { booking { status } errors { code } } }"
    assert organizer.call(confirm, {"id": booking_id})["confirmBooking"]["errors"] == []
    return booking_id


def draft_quotation_of(organizer: Organizer, booking_id: str) -> str:
    """The draft quotation billing made for the booking once it heard of its confirmation."""
    documents = "{ billingDocuments(kind: QUOTATION) { id bookingId status } }"

    def found() -> str | None:
        for d in organizer.call(documents, {})["billingDocuments"]:
            if d["bookingId"] == booking_id and d["status"] == "DRAFT":
                return str(d["id"])
        return None

    quotation: str = organizer.wait_for("the booking's draft quotation", found)
    return quotation


def client_of(organizer: Organizer, name: str) -> str:
    """A client in Andhra Pradesh with a phone and an email; its id."""
    save = (
        "mutation($i: BillingClientInput!) { saveBillingClient(input: $i) { client { id } errors { code } } }"
    )
    client = {
        "name": name,
        "phones": ["9848022338"],
        "email": "ravi.teja@example.in",
        "addressLine": "Door 4-12, Gandhi Road",
        "city": "Vijayawada",
        "pinCode": "520002",
        "stateCode": "37",
    }
    saved = organizer.call(save, {"i": client})["saveBillingClient"]
    assert saved["errors"] == [], saved
    client_id: str = saved["client"]["id"]
    return client_id


def issued_invoice(organizer: Organizer, client_id: str, paid_paise: int) -> str:
    """An invoice of two lines for the event in Telangana, issued, with `paid_paise` received; its id."""
    lines = [
        {
            "description": "Shamiana and stage decoration",
            "quantity": "1",
            "ratePaise": 8_500_000,
            "taxRate": "18",
        },
        {
            "description": "Chairs (rent)",
            "quantity": "300",
            "unit": "nos",
            "ratePaise": 2_500,
            "taxRate": "18",
        },
    ]
    draft = {"kind": "INVOICE", "clientId": client_id, "eventStateCode": "36", "lines": lines}
    save = (
        "mutation($i: BillingDraftInput!) { saveBillingDraft(input: $i) { document { id } errors { code } } }"
    )
    saved = organizer.call(save, {"i": draft})["saveBillingDraft"]
    assert saved["errors"] == [], saved
    invoice_id: str = saved["document"]["id"]
    issue = "mutation($id: ID!) { issueInvoice(id: $id) { document { number } errors { code } } }"
    assert organizer.call(issue, {"id": invoice_id})["issueInvoice"]["errors"] == []
    pay = "mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { balancePaise errors { code } } }"
    payment = {
        "invoiceId": invoice_id,
        "amountPaise": paid_paise,
        "mode": "UPI",
        "reference": "UTR 1182 3345",
    }
    assert organizer.call(pay, {"i": payment})["recordPayment"]["errors"] == []
    return invoice_id
