"""The overlay over real bookings and stock: peak days, stock use per day, the bookings of a day, the
ICS feed and the CSV, through /graphql and /ics/ as the gateway and the edge call them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
from calendar_service.bootstrap import CalendarServices
from calendar_service.domain.days import day_start
from calendar_service.panchangam_overlay import MONTHS
from calendar_service.panchangam_places import default_place
from calendar_service.service_layer.bookings import cancel_booking, confirm_booking, create_booking
from calendar_service.service_layer.commands import BookingAction, CreateBooking, CreateStockItem
from calendar_service.service_layer.stock import create_stock_item
from icalendar import Calendar
from servicekit.auth import Caller, Role
from servicekit.testing.service import Callers

from ..integration.scenarios import chairs, wedding

MONTH = """query($year: Int!, $month: Int!) { monthView(year: $year, month: $month) {
  days { date isPeakDay panchangam { isMarriageMuhurtham }
    bookings { id eventName status client { name } }
    stockUse { item { name } usable confirmed held free short }
    peakItems { item { name } confirmed held } }
  peakWarnings { date item { name } free usable } } }"""
DAY = """query($date: Date!) { dayView(date: $date) {
  date bookings { id status } stockUse { item { name } confirmed held } } }"""
CREATE_FEED = "mutation { createIcsFeed { feed { url } errors { code } } }"
CSV = "mutation($filter: BookingFilter) { exportBookingsCsv(filter: $filter) { url errors { code } } }"


@dataclass(frozen=True)
class Month:
    """A month ahead with two marriage muhurtham days and a day that is no muhurtham at all."""

    year: int
    month: int
    muhurtham: date
    other_muhurtham: date
    plain: date


async def _month_ahead() -> Month:
    first = (datetime.now(UTC) + timedelta(days=40)).date().replace(day=1)
    for _ in range(12):
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        days = await MONTHS.days(default_place().place, first, last)
        good = [d.panchangam.date for d in days if d.is_muhurtham("marriage")]
        plain = [d.panchangam.date for d in days if not d.muhurthams]
        if len(good) >= 2 and plain:
            return Month(first.year, first.month, good[0], good[1], plain[0])
        first = last + timedelta(days=1)
    raise AssertionError("no month with marriage muhurthams in a year")


@pytest.fixture
async def month() -> Month:
    return await _month_ahead()


def me(callers: Callers) -> tuple[Caller, dict[str, str]]:
    headers = callers.headers("organizer")
    return Caller(callers.subjects["organizer"], frozenset({Role.USER, Role.ORGANIZER})), headers


def at(day: date, hour: int) -> datetime:
    """`hour` o'clock on `day` in India: set-up (4 h before) and tear-down (3 h after) stay that day."""
    return day_start(day) + timedelta(hours=hour)


async def ask(client: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: object) -> Any:
    answer = (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()
    assert "errors" not in answer, answer
    return next(iter(answer["data"].values()))


def day_of(month_view: dict[str, Any], day: date) -> dict[str, Any]:
    return next(d for d in month_view["days"] if d["date"] == day.isoformat())


def held_wedding(caller: Caller, item_id: str, count: int, starts_at: datetime) -> CreateBooking:
    return replace(
        wedding(caller, (item_id, count), starts_at=starts_at),
        hold_until=datetime.now(UTC) + timedelta(days=3),
    )


async def book(services: CalendarServices, caller: Caller, item_id: str, count: int, day: date) -> str:
    booking = await create_booking(wedding(caller, (item_id, count), starts_at=at(day, 8)), services.deps)
    return str(booking.id)


async def test_a_muhurtham_day_is_a_peak_day_when_confirmed_and_held_chairs_reach_80_percent(
    client: httpx.AsyncClient, services: CalendarServices, callers: Callers, month: Month
) -> None:
    caller, headers = me(callers)
    item = str((await create_stock_item(chairs(caller, quantity=100), services.deps)).id)
    confirmed = await book(services, caller, item, 60, month.muhurtham)
    await confirm_booking(BookingAction(caller, confirmed), services.deps)
    held = await create_booking(held_wedding(caller, item, 20, at(month.muhurtham, 9)), services.deps)
    # The same 80 on a day that is no muhurtham, and 79 on another muhurtham day: no peak.
    for day, count in ((month.plain, 80), (month.other_muhurtham, 79)):
        other = await book(services, caller, item, count, day)
        await confirm_booking(BookingAction(caller, other), services.deps)

    view = await ask(client, headers, MONTH, year=month.year, month=month.month)

    peak = day_of(view, month.muhurtham)
    assert peak["isPeakDay"] is True
    assert peak["peakItems"] == [{"item": {"name": "Plastic chairs"}, "confirmed": 60, "held": 20}]
    assert {b["id"]: b["status"] for b in peak["bookings"]} == {
        confirmed: "CONFIRMED",
        str(held.id): "TENTATIVE",
    }
    assert day_of(view, month.plain)["isPeakDay"] is False
    assert day_of(view, month.other_muhurtham)["isPeakDay"] is False
    assert [d["date"] for d in view["days"] if d["isPeakDay"]] == [month.muhurtham.isoformat()]
    assert view["peakWarnings"] == [
        {"date": month.muhurtham.isoformat(), "item": {"name": "Plastic chairs"}, "free": 40, "usable": 100}
    ]


async def test_the_month_view_shows_each_days_stock_use_with_composites_counted_as_their_parts(
    client: httpx.AsyncClient, services: CalendarServices, callers: Callers, month: Month
) -> None:
    caller, headers = me(callers)
    poles = await create_stock_item(CreateStockItem(caller, "Poles", "pole", 40), services.deps)
    cover = await create_stock_item(CreateStockItem(caller, "Cover", "piece", 5), services.deps)
    parts = [(str(poles.id), 8), (str(cover.id), 1)]
    shamiana = str(
        (
            await create_stock_item(
                CreateStockItem(caller, "Shamiana 20x40", "set", parts=parts), services.deps
            )
        ).id
    )
    # Two shamianas confirmed on one day, one held on the day after; nothing on the third day.
    two = await book(services, caller, shamiana, 2, month.muhurtham)
    await confirm_booking(BookingAction(caller, two), services.deps)
    next_day = month.muhurtham + timedelta(days=1)
    await create_booking(held_wedding(caller, shamiana, 1, at(next_day, 8)), services.deps)

    view = await ask(client, headers, MONTH, year=month.year, month=month.month)

    uses = {d["date"]: d["stockUse"] for d in view["days"]}
    assert sorted(uses[month.muhurtham.isoformat()], key=lambda u: u["item"]["name"]) == [
        {"item": {"name": "Cover"}, "usable": 5, "confirmed": 2, "held": 0, "free": 3, "short": False},
        {"item": {"name": "Poles"}, "usable": 40, "confirmed": 16, "held": 0, "free": 24, "short": False},
    ]
    if next_day.month == month.month:
        assert {u["item"]["name"]: (u["confirmed"], u["held"]) for u in uses[next_day.isoformat()]} == {
            "Cover": (0, 1),
            "Poles": (0, 8),
        }
    assert sum(len(u) for u in uses.values()) == (4 if next_day.month == month.month else 2)
    day = await ask(client, headers, DAY, date=month.muhurtham.isoformat())
    assert {u["item"]["name"]: u["confirmed"] for u in day["stockUse"]} == {"Cover": 2, "Poles": 16}
    assert [b["status"] for b in day["bookings"]] == ["CONFIRMED"]


async def test_the_ics_feed_lists_a_confirmed_booking_and_drops_it_once_cancelled(
    client: httpx.AsyncClient, services: CalendarServices, callers: Callers, month: Month
) -> None:
    caller, headers = me(callers)
    item = str((await create_stock_item(chairs(caller), services.deps)).id)
    booking = await book(services, caller, item, 100, month.muhurtham)
    await confirm_booking(BookingAction(caller, booking), services.deps)
    feed = urlparse((await ask(client, headers, CREATE_FEED))["feed"]["url"]).path

    events = Calendar.from_ical((await client.get(feed)).content).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [f"{booking}@calendar.eventxperts.app"]
    assert str(events[0]["status"]) == "CONFIRMED"
    assert str(events[0]["summary"]) == "Sravani weds Karthik (Lakshmi Narayana)"
    assert events[0].decoded("dtstart") == at(month.muhurtham, 8)
    assert "+919848022338" in str(events[0]["description"])

    await cancel_booking(BookingAction(caller, booking, reason="Family postponed"), services.deps)
    assert Calendar.from_ical((await client.get(feed)).content).walk("VEVENT") == []


async def test_the_csv_lists_the_filtered_bookings_with_their_clients_and_items(
    client: httpx.AsyncClient, services: CalendarServices, callers: Callers, month: Month
) -> None:
    caller, headers = me(callers)
    item = str((await create_stock_item(chairs(caller), services.deps)).id)
    confirmed = await book(services, caller, item, 100, month.muhurtham)
    await confirm_booking(BookingAction(caller, confirmed), services.deps)
    enquiry = await book(services, caller, item, 50, month.other_muhurtham)

    every = await ask(client, headers, CSV, filter={"firstDay": month.muhurtham.isoformat()})
    rows = list(
        csv.DictReader(io.StringIO((await client.get(urlparse(every["url"]).path)).text.lstrip("\ufeff")))
    )
    assert [(r["booking_id"], r["status"]) for r in rows] == [(confirmed, "confirmed"), (enquiry, "enquiry")]
    assert rows[0]["client_name"] == "Lakshmi Narayana"
    # A cell starting with "+" would run as a formula in a spreadsheet: it is quoted.
    assert rows[0]["client_phones"] == "'+919848022338"
    assert rows[0]["items"] == "100 x Plastic chairs"
    assert rows[0]["agreed_total_inr"] == "150000.00"

    only = await ask(client, headers, CSV, filter={"statuses": ["CONFIRMED"], "search": "lakshmi"})
    text = (await client.get(urlparse(only["url"]).path)).text
    assert [r["booking_id"] for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))] == [confirmed]


async def test_a_super_admin_naming_an_organizer_by_a_malformed_id_finds_nobody(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    query = 'query { monthView(year: 2027, month: 1, organizerId: "not-an-id") { year } }'
    answer = (
        await client.post("/graphql", json={"query": query}, headers=callers.headers("super_admin"))
    ).json()
    assert answer["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_bookings_asked_through_a_fragment_are_there_and_stock_alone_reads_without_them(
    client: httpx.AsyncClient, services: CalendarServices, callers: Callers, month: Month
) -> None:
    caller, headers = me(callers)
    item = str((await create_stock_item(chairs(caller), services.deps)).id)
    booking = await book(services, caller, item, 100, month.muhurtham)
    await confirm_booking(BookingAction(caller, booking), services.deps)
    fragment = """query($year: Int!, $month: Int!) {
      monthView(year: $year, month: $month) { days { ...Day } } }
      fragment Day on DayView { date bookings { id } }"""
    stock_only = """query($year: Int!, $month: Int!) { monthView(year: $year, month: $month) {
      days { date stockUse { confirmed } } } }"""

    with_fragment = await ask(client, headers, fragment, year=month.year, month=month.month)
    alone = await ask(client, headers, stock_only, year=month.year, month=month.month)

    assert day_of(with_fragment, month.muhurtham)["bookings"] == [{"id": booking}]
    assert day_of(alone, month.muhurtham)["stockUse"] == [{"confirmed": 100}]
