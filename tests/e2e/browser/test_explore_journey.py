"""A family finds an organizer free on their date in the browser (issue 14), against the real platform:
the organizer's directory profile is published through the gateway, as any client may; the family
signs in, searches by district and date, opens the organizer's page, sends an enquiry and sees it in
"My enquiries" (then in Telugu); the organizer's calendar holds it as a lead (read through the API).
Screenshots in English and Telugu."""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, random_mobile, sign_in
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REGISTER = """mutation($i: RegisterInput!) {
  register(input: $i) { user { id } tokens { accessToken } errors { code } }
}"""
LISTING = """mutation($i: OrganizerListingInput!) {
  saveOrganizerListing(input: $i) { listing { organizerId } errors { code field } }
}"""
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }"
RECEIVED = "{ organizerEnquiries { items { id message } } }"
LEADS = "{ bookings(filter: {statuses: [ENQUIRY]}) { items { id sourceEnquiryId } } }"


def call(platform: RunningPlatform, query: str, variables: dict[str, Any], token: str | None = None) -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = httpx.post(
        platform.gateway_url, json={"query": query, "variables": variables}, headers=headers, timeout=30
    ).json()
    assert "errors" not in answer, answer
    return answer["data"]


def register(platform: RunningPlatform, name: str, email: str, role: str) -> tuple[str, str]:
    """The account's id and an access token; the app opens in English for it (Telugu is the default)."""
    given = {
        "name": name,
        "email": email,
        "phone": random_mobile(),
        "password": PASSWORD,
        "role": role,
        "preferredLanguage": "EN",
    }
    payload = call(platform, REGISTER, {"i": given})["register"]
    assert payload["errors"] == [], payload
    return payload["user"]["id"], payload["tokens"]["accessToken"]


def access_token(platform: RunningPlatform, email: str) -> str:
    """A fresh token: the browser steps can outlast one given at registration on a loaded machine."""
    answer = call(platform, LOGIN, {"i": {"email": email, "password": PASSWORD}})
    return str(answer["login"]["tokens"]["accessToken"])


def eventually(check: Callable[[], Any], within: float = 60.0) -> Any:
    """The first truthy answer of `check` (the enquiry takes its trip through the bus to the calendar)."""
    deadline = time.monotonic() + within
    while not (found := check()):
        assert time.monotonic() < deadline, "the lead never reached the organizer's calendar"
        time.sleep(0.5)
    return found


def test_a_family_finds_an_organizer_free_on_their_date_and_enquires(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    tag = secrets.token_hex(3)
    business = f"Kanaka Durga Shamiana {tag}"
    organizer_email = f"explore-org-{tag}@example.in"
    _, organizer = register(platform_stack, business, organizer_email, "ORGANIZER")
    listing = {
        "displayName": business,
        "displayNameTe": f"కనక దుర్గ షామియానా {tag}",
        "services": [{"service": "tent_and_shamiana", "minPaise": 20_000_00, "maxPaise": 1_50_000_00}],
        "districts": ["NTR"],
    }
    assert call(platform_stack, LISTING, {"i": listing}, organizer)["saveOrganizerListing"]["errors"] == []
    family = f"explore-family-{tag}@example.in"
    register(platform_stack, "Ravi Kumar", family, "USER")
    day = date.today() + timedelta(days=45)

    ui.open(platform_stack.app_url)
    sign_in(ui, family)
    ui.expect_text("Welcome, Ravi Kumar")
    ui.screenshot(artifacts_dir / "app-explore-home.png")
    ui.click("Explore")
    ui.type_into("Name or service (English or Telugu)", "Kanaka Durga")
    ui.pick("District", "NTR")
    ui.type_into("Free on", day.isoformat())
    ui.click("Search")
    # A result card's texts merge into one node, named from the organizer's name on.
    card = ui.page.get_by_role("button", name=re.compile(f"^{business}")).first
    # Picking results for one enquiry to several organizers: the tally shows (this journey then
    # enquires from the organizer's page; the unit tests send to the picked).
    pick = ui.page.get_by_role("checkbox", name="Add to enquiry").first
    tally = ui.page.get_by_text("1 of 5 organizers picked for one enquiry", exact=True)
    for _ in range(3):  # as with the card: a tap right after the list is drawn may go unheard
        pick.click()
        try:
            expect(tally).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            continue
    expect(tally).to_be_visible()
    enquire = ui.button("Send an enquiry")
    for _ in range(3):  # a tap right after the list is drawn can land before Flutter listens
        card.click()
        try:
            expect(enquire).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            continue
    ui.expect_text("Tent and shamiana: ₹20,000 – ₹1,50,000")
    enquire.click()
    ui.expect_text(f"Enquiry to {business}")
    ui.type_into("PIN code", "520001")
    ui.type_into("Message", "Shamiana for 300 guests")
    ui.screenshot(artifacts_dir / "app-explore-enquiry.png")
    ui.click("Send enquiry")
    ui.expect_text(f"Wedding · {day.isoformat()}")
    ui.expect_text("Shamiana for 300 guests")
    ui.screenshot(artifacts_dir / "app-explore-my-enquiries.png")

    ui.click("తెలుగు")
    ui.expect_text(te("My enquiries"))
    ui.expect_text(f"{te('Wedding')} · {day.isoformat()}")
    ui.screenshot(artifacts_dir / "app-explore-my-enquiries-telugu.png")

    organizer = access_token(platform_stack, organizer_email)
    (received,) = call(platform_stack, RECEIVED, {}, organizer)["organizerEnquiries"]["items"]
    assert received["message"] == "Shamiana for 300 guests"

    def lead() -> bool:
        leads = call(platform_stack, LEADS, {}, organizer)["bookings"]["items"]
        return any(b["sourceEnquiryId"] == received["id"] for b in leads)

    eventually(lead)
