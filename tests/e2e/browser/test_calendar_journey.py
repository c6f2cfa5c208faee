"""An organizer's calendar in the browser (issue 10), against the real platform: stock, two bookings
on one muhurtham day, the second's confirmation refused with the item named, the first (found in the
list of bookings) cancelled, the second then confirmed, dispatched and checked back with a damaged
chair charged to the client and then repaired, and the ICS feed listing it. Screenshots in English
and Telugu."""

from __future__ import annotations

import re
import secrets
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from ..conftest import RunningPlatform
from .app_steps import register_organizer
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MUHURTHAMS = "query($i: MuhurthamSearchInput!) { muhurthamSearch(input: $i) { days { date } } }"


def first_marriage_muhurtham(platform: RunningPlatform, token: str) -> date | None:
    """The first marriage muhurtham day in the next 120 days, asked as any client may."""
    first = date.today() + timedelta(days=7)
    given = {
        "kind": "MARRIAGE",
        "firstDay": first.isoformat(),
        "lastDay": (first + timedelta(days=120)).isoformat(),
    }
    answer = httpx.post(
        platform.gateway_url,
        json={"query": MUHURTHAMS, "variables": {"i": given}},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    assert "errors" not in answer, answer["errors"]
    days = answer["data"]["muhurthamSearch"]["days"]
    return date.fromisoformat(days[0]["date"]) if days else None


DAY_BOOKINGS = "query($d: Date!) { dayView(date: $d) { bookings { id } } }"


def overlay_lists_bookings(platform: RunningPlatform, token: str, on: date) -> bool:
    """Whether the day's view (read as the ICS feed reads) has the journey's bookings."""
    answer = httpx.post(
        platform.gateway_url,
        json={"query": DAY_BOOKINGS, "variables": {"d": on.isoformat()}},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    return bool(answer["data"]["dayView"]["bookings"])


def book(ui: FlutterUi, event: str, on: date, chairs: int) -> None:
    ui.click("New booking")
    ui.fill(
        {
            "Event name": event,
            "Start date": on.isoformat(),
            "End date": on.isoformat(),
            "Venue address": "Kalyana Mandapam, Road 12",
            "District": "Hyderabad",
            "PIN code": "500034",
            "Client name": f"Client of {event}",
            "Client phones (commas between)": "98480 22338",
        }
    )
    ui.click("Add stock item")
    ui.pick("Stock item", "Chairs (100 chairs)")
    ui.type_into("Quantity", str(chairs))
    ui.type_into("Agreed price (₹)", "9000")
    ui.click("Save booking")
    ui.expect_text(event)


def open_from_list(ui: FlutterUi, event: str) -> None:
    """From a booking's detail, back to the calendar, the list of bookings, searched by client."""
    ui.click("Back to calendar")
    ui.click("All bookings")
    ui.type_into("Client name or phone", f"Client of {event}")
    ui.click("Search")
    # A card's texts merge into one node: the booking is the card that starts with its name. A tap
    # right after the list is drawn can land before Flutter listens: tap again until the detail opens.
    card = ui.page.get_by_role("button", name=re.compile(f"^{event}")).first
    opened = ui.page.get_by_text(event, exact=True).first
    for _ in range(3):
        card.click()
        try:
            expect(opened).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            continue
    expect(opened).to_be_visible()


def test_two_bookings_on_one_muhurtham_day_share_the_stock_as_confirmed(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    email = f"calendar-{secrets.token_hex(4)}@example.in"
    ui.open(platform_stack.app_url)
    business = f"Sri Durga Tent House {secrets.token_hex(2)}"
    register_organizer(ui, business, email)
    # Registered (and signed in) before the same account signs in through the API below.
    expect(ui.page.get_by_text(f"Welcome, {business}").first).to_be_visible()
    login = httpx.post(
        platform_stack.gateway_url,
        json={
            "query": "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }",
            "variables": {"i": {"email": email, "password": "Mandapam-Decor-2026!"}},
        },
        timeout=30,
    ).json()
    token = login["data"]["login"]["tokens"]["accessToken"]
    day = first_marriage_muhurtham(platform_stack, token)
    assert day is not None, "no marriage muhurtham in 120 days"

    ui.click("Stock")
    ui.type_into("Item name", "Chairs")
    ui.type_into("Unit (chairs, sets, pieces)", "chairs")
    ui.type_into("Quantity owned", "100")
    ui.click("Add to stock")
    ui.expect_text("Added to your stock")

    ui.click("Calendar")
    book(ui, "Reddy wedding", day, 80)
    ui.click("Confirm")
    ui.expect_text("Confirmed · Wedding")
    ui.click("Back to calendar")
    book(ui, "Rao wedding", day, 60)
    ui.click("Confirm")
    ui.expect_text("Not enough stock for these dates")
    ui.expect_text(f"Chairs on {day.isoformat()}: 60 wanted, 20 free, short by 40")
    ui.screenshot(artifacts_dir / "app-calendar-shortage.png")
    ui.click("తెలుగు")
    ui.expect_text(te("Not enough stock for these dates"))
    ui.screenshot(artifacts_dir / "app-calendar-shortage-telugu.png")
    ui.click("English")

    # The first booking, found in the list of bookings: cancel it, and the stock is free again.
    open_from_list(ui, "Reddy wedding")
    ui.click("Cancel booking")
    ui.type_into("Reason for cancelling", "Family postponed")
    ui.click("Yes, cancel the booking")
    ui.expect_text("Cancelled because: Family postponed")

    open_from_list(ui, "Rao wedding")
    ui.click("Confirm")
    ui.expect_text("Confirmed · Wedding")
    ui.screenshot(artifacts_dir / "app-calendar-confirmed.png")

    # The chairs go out and come back one damaged, charged to the client; the stock counts it out
    # of service until it is repaired.
    ui.type_into("Loaded by", "Ramu")
    ui.click("Record dispatch")
    ui.expect_text("Chairs: 60 loaded of 60 planned")
    ui.type_into("Came back", "59")
    ui.type_into("Damaged", "1")
    ui.type_into("Charge (₹)", "500")
    ui.type_into("Checked by", "Somu")
    ui.click("Record return")
    ui.expect_text("Damage charges to the client: ₹500")
    ui.click("Stock")
    ui.expect_text("1 out of service (damaged or lost)")
    ui.click("Repair or write off")
    ui.type_into("Units", "1")
    ui.click("Back in service")
    ui.expect_text("100 of 100 chairs usable")

    ui.click("Calendar")
    ui.click("Create feed link")
    link = ui.page.get_by_label("Feed link", exact=True)
    link.click()  # Flutter web puts a box's text into the page once the box has the focus
    expect(link).to_have_value(re.compile("/ics/"))
    feed = link.input_value()
    ui.click("తెలుగు")
    ui.expect_text(te("Calendar feed"))
    ui.screenshot(artifacts_dir / "app-calendar-telugu.png")

    calendar = httpx.get(feed, timeout=30).text
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert overlay_lists_bookings(platform_stack, token, day), "the day's view lists the bookings"
    assert "Rao wedding" in calendar
    assert "Reddy wedding" not in calendar or "STATUS:CANCELLED" in calendar
