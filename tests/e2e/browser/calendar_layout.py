"""The calendar section's screens for the layout suite (test_app_layout.py): an organizer's month,
the booking form with a muhurtham search, the list of bookings, a booking's detail, the stock and
an availability check, each checked and photographed like every other screen."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from ..conftest import RunningPlatform
from .app_steps import PASSWORD

if TYPE_CHECKING:
    from .test_app_layout import Screens

LOGIN = "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }"
CREATE_ITEM = (
    "mutation($i: CreateStockItemInput!) { createStockItem(input: $i) { item { id } errors { code } } }"
)
CREATE_BOOKING = "mutation($i: CreateBookingInput!) { createBooking(input: $i) { errors { code } } }"
EVENT = "Layout wedding"


def _call(
    platform: RunningPlatform, query: str, variables: dict[str, object], token: str | None = None
) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    answer = httpx.post(
        platform.gateway_url, json={"query": query, "variables": variables}, headers=headers, timeout=30
    )
    body: dict[str, Any] = answer.json()
    assert not body.get("errors"), answer.text
    data: dict[str, Any] = body["data"]
    return data


def give_a_booking(platform: RunningPlatform, email: str) -> None:
    """Stock and one tentative booking (a week ahead) for the organizer, through the API."""
    token = _call(platform, LOGIN, {"i": {"email": email, "password": PASSWORD}})["login"]["tokens"][
        "accessToken"
    ]
    item = _call(platform, CREATE_ITEM, {"i": {"name": "Chairs", "unit": "chairs", "quantity": 200}}, token)
    on = date.today() + timedelta(days=7)
    booking = {
        "eventName": EVENT,
        "kind": "WEDDING",
        "schedule": {"startsAt": f"{on}T10:00:00+05:30", "endsAt": f"{on}T22:00:00+05:30"},
        "venue": {
            "address": "Kalyana Mandapam",
            "district": "Hyderabad",
            "stateCode": "36",
            "pinCode": "500034",
        },
        "client": {"name": "Padmavathi Reddy", "phones": ["9848022338"]},
        "lineItems": [
            {
                "kind": "STOCK",
                "stockItemId": item["createStockItem"]["item"]["id"],
                "quantity": 150,
                "agreedPricePaise": 900000,
            }
        ],
        "holdUntil": f"{on - timedelta(days=2)}T18:00:00+05:30",
    }
    assert _call(platform, CREATE_BOOKING, {"i": booking}, token)["createBooking"]["errors"] == []


def walk_calendar_screens(screens: Screens) -> None:
    t, ui = screens.t, screens.ui
    screens.go("Calendar")
    screens.check("calendar-month", t("New booking"))
    ui.click(t("New booking"))
    screens.check("booking-form", t("Find a muhurtham"))
    first = date.today() + timedelta(days=1)
    ui.type_into(t("From"), first.isoformat())
    ui.type_into(t("Until"), (first + timedelta(days=60)).isoformat())
    ui.click(t("Search muhurthams"))
    ui.page.get_by_role("button", name=re.compile(r"\d{4}-\d{2}-\d{2}")).first.wait_for()  # Use <date>
    screens.check("muhurtham-search", t("Find a muhurtham"))
    ui.click(t("Back to calendar"))
    ui.click(t("All bookings"))
    screens.check("bookings", EVENT)
    ui.page.get_by_text(EVENT).first.click()
    screens.check("booking-detail", t("Activity"))
    screens.go("Stock")
    screens.check("stock", t("Your stock"))
    ui.type_into(t("From"), date.today().isoformat())
    ui.type_into(t("Until"), (date.today() + timedelta(days=13)).isoformat())
    ui.click(t("Check availability"))
    screens.check("availability", t("Least free: {free} of {usable} on {date}").split("{")[0].strip())
