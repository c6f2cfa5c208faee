"""The calendar part of `make demo`: the demo organizer (lakshmi@demo.eventxperts.in, made by the users
demo) gets a tent house's stock and a month of bookings around the muhurtham days at Hyderabad, in
every status, all through the use cases. Seeding twice changes nothing (an organizer with stock is
left alone)."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.postgres import service_database_url

from calendar_service.bootstrap import CalendarServices, build_services, utc_now
from calendar_service.domain.booking_checks import LineItemDraft
from calendar_service.domain.days import day_start
from calendar_service.domain.errors import CalendarError, CalendarErrorCode
from calendar_service.domain.vocabulary import EventKind, LineItemKind
from calendar_service.panchangam_overlay import MONTHS
from calendar_service.panchangam_places import default_place
from calendar_service.service_layer.bookings import (
    cancel_booking,
    complete_booking,
    confirm_booking,
    create_booking,
)
from calendar_service.service_layer.commands import (
    BookingAction,
    ClientDraft,
    CreateBooking,
    CreateStockItem,
    ScheduleDraft,
    VenueDraft,
)
from calendar_service.service_layer.stock import create_stock_item
from calendar_service.settings import CalendarSettings

PAST_DAYS, AHEAD_DAYS = 10, 30  # the demo month: from ten days back to a month ahead


@dataclass(frozen=True)
class Client:
    name: str
    phone: str
    venue: VenueDraft


CLIENTS = (
    Client(
        "Sravani Reddy",
        "+91 98480 22338",
        VenueDraft("Sri Venkateswara Function Hall, Kothapet", "Rangareddy", "36", "500035"),
    ),
    Client(
        "Karthik Varma",
        "+91 99490 12345",
        VenueDraft("Plot 44, KPHB Colony", "Medchal-Malkajgiri", "36", "500072"),
    ),
    Client(
        "Padmavathi Rao",
        "+91 90000 11111",
        VenueDraft("Kalyana Mandapam, Himayatnagar", "Hyderabad", "36", "500029"),
    ),
    Client(
        "Venkata Ramana",
        "+91 94401 23456",
        VenueDraft("Lakshmi Gardens, Kompally", "Medchal-Malkajgiri", "36", "500014"),
    ),
    Client(
        "Anusha Goud",
        "+91 70133 45678",
        VenueDraft("Shubham Convention, Shamshabad", "Rangareddy", "36", "501218"),
    ),
    Client(
        "Suresh Naidu",
        "+91 81234 56789",
        VenueDraft("House 8-3-222, Yousufguda", "Hyderabad", "36", "500045"),
    ),
)


@dataclass(frozen=True)
class Stock:
    chairs: str
    shamiana: str
    lights: str


@dataclass(frozen=True)
class Plan:
    """One booking of the demo month and what becomes of it."""

    day: date
    kind: EventKind
    name: str
    client: Client
    lines: tuple[tuple[str, int], ...]
    status: str  # enquiry, tentative, hold_expired, confirmed, completed, cancelled


def seed(facts: dict[str, str]) -> list[str]:
    """Stock and a month of bookings for the demo organizer the users demo just made (once)."""
    organizer_id = facts.get("organizer_id")
    if organizer_id is None:
        return []  # the users demo made nobody new: this demo ran before
    return asyncio.run(_seed(CalendarSettings(), organizer_id))


async def _seed(settings: CalendarSettings, organizer_id: str) -> list[str]:
    engine = create_engine(service_database_url(settings))
    services = build_services(settings, engine, None)
    caller = Caller(user_id=organizer_id, roles=frozenset({Role.USER, Role.ORGANIZER}))
    try:
        async with services.deps.unit_of_work() as uow:
            if await uow.stock.all_of(uuid.UUID(organizer_id)):
                return []
        stock = await _stock(services, caller)
        plans = _plans(stock, await _muhurtham_days(utc_now()))
        for plan in plans:
            await _book(services, caller, plan)
    finally:
        await engine.dispose()
    return [f"calendar     {len(plans)} bookings and 5 stock items for lakshmi@demo.eventxperts.in"]


async def _stock(services: CalendarServices, caller: Caller) -> Stock:
    async def item(command: CreateStockItem) -> str:
        return str((await create_stock_item(command, services.deps)).id)

    chairs = await item(CreateStockItem(caller, "Plastic chairs", "chair", 500, daily_rent_paise=15_00))
    poles = await item(CreateStockItem(caller, "Shamiana poles", "pole", 32))
    cover = await item(CreateStockItem(caller, "Shamiana cover 20x40", "piece", 4))
    shamiana = await item(
        CreateStockItem(
            caller, "Shamiana 20x40", "set", daily_rent_paise=4500_00, parts=[(poles, 8), (cover, 1)]
        )
    )
    lights = await item(CreateStockItem(caller, "Light sets", "set", 40, daily_rent_paise=800_00))
    return Stock(chairs, shamiana, lights)


async def _muhurtham_days(now: datetime) -> tuple[list[date], list[date]]:
    """The marriage or gruhapravesam days of the demo month at Hyderabad, and the other days."""
    today = now.date()
    days = await MONTHS.days(
        default_place().place, today - timedelta(PAST_DAYS), today + timedelta(AHEAD_DAYS)
    )
    good = [d.panchangam.date for d in days if {"marriage", "gruhapravesam"} & set(d.muhurthams)]
    return good, [d.panchangam.date for d in days if d.panchangam.date not in good]


def _plans(stock: Stock, days: tuple[list[date], list[date]]) -> list[Plan]:
    good, plain = days
    today = utc_now().date()
    plans: list[Plan] = []
    past = [d for d in good if d < today]
    ahead = [d for d in good if d > today + timedelta(days=1)]
    for n, day in enumerate(past):
        status = "cancelled" if n % 4 == 3 else "completed"
        plans.append(_wedding(stock, day, n, status, chairs=300))
    for n, day in enumerate(ahead):
        if n == 0:
            # The peak day: confirmed and held chairs reach 90 % of the stock.
            plans.append(_wedding(stock, day, n, "confirmed", chairs=300))
            plans.append(_gruhapravesam(stock, day, n + 1, "tentative", chairs=150))
            continue
        status = ("confirmed", "tentative", "enquiry", "hold_expired", "cancelled", "confirmed")[n % 6]
        plans.append(_wedding(stock, day, n, status, chairs=200 + 20 * (n % 5)))
        if n % 2:
            plans.append(_gruhapravesam(stock, day, n + 2, "confirmed", chairs=80))
    for n, day in enumerate(d for d in plain if d > today + timedelta(days=1)):
        if n % 5 == 0:
            plans.append(_birthday(stock, day, n, "confirmed" if n % 2 == 0 else "enquiry"))
    return plans


def _wedding(stock: Stock, day: date, n: int, status: str, *, chairs: int) -> Plan:
    client = CLIENTS[n % len(CLIENTS)]
    lines = ((stock.chairs, chairs), (stock.shamiana, 1 + n % 2), (stock.lights, 12))
    return Plan(day, EventKind.WEDDING, f"{client.name.split()[0]} wedding", client, lines, status)


def _gruhapravesam(stock: Stock, day: date, n: int, status: str, *, chairs: int) -> Plan:
    client = CLIENTS[n % len(CLIENTS)]
    name = f"Gruhapravesam, {client.venue.address.split(',')[-1].strip()}"
    return Plan(
        day, EventKind.GRUHAPRAVESAM, name, client, ((stock.chairs, chairs), (stock.lights, 4)), status
    )


def _birthday(stock: Stock, day: date, n: int, status: str) -> Plan:
    client = CLIENTS[(n + 3) % len(CLIENTS)]
    return Plan(
        day, EventKind.BIRTHDAY, "First birthday", client, ((stock.chairs, 60), (stock.lights, 6)), status
    )


HOURS = {EventKind.WEDDING: (9, 16), EventKind.GRUHAPRAVESAM: (6, 11), EventKind.BIRTHDAY: (18, 22)}


def _command(caller: Caller, plan: Plan) -> CreateBooking:
    begin, end = HOURS[plan.kind]
    starts_at = day_start(plan.day) + timedelta(hours=begin)
    return CreateBooking(
        caller=caller,
        event_name=plan.name,
        kind=plan.kind,
        schedule=ScheduleDraft(
            starts_at=starts_at,
            ends_at=day_start(plan.day) + timedelta(hours=end),
            setup_starts_at=starts_at - timedelta(hours=3),
            teardown_ends_at=day_start(plan.day) + timedelta(hours=end + 2),
        ),
        venue=plan.client.venue,
        client=ClientDraft(plan.client.name, [plan.client.phone]),
        line_items=[
            LineItemDraft(LineItemKind.STOCK, None, item, count, count * 40_00) for item, count in plan.lines
        ],
        agreed_total_paise=sum(count for _, count in plan.lines) * 40_00 + 25_000_00,
        advance_paise=10_000_00 if plan.status in {"confirmed", "completed"} else 0,
    )


async def _book(services: CalendarServices, caller: Caller, plan: Plan) -> None:
    command = _command(caller, plan)
    if plan.status == "hold_expired":
        # Held a week ago for two days: the hold ran out by itself.
        week_ago = utc_now() - timedelta(days=7)
        then = build_services(services.settings, services.engine, None, clock=lambda: week_ago)
        await create_booking(_held(command, week_ago + timedelta(days=2)), then.deps)
        return
    if plan.status == "tentative":
        await create_booking(_held(command, utc_now() + timedelta(days=3)), services.deps)
        return
    booking = str((await create_booking(command, services.deps)).id)
    if plan.status in {"confirmed", "completed", "cancelled"}:
        try:
            await confirm_booking(BookingAction(caller, booking), services.deps)
        except CalendarError as error:
            if error.code != CalendarErrorCode.STOCK_SHORTAGE:
                raise
            return  # left as an enquiry: the demo's stock is full that day
    if plan.status == "completed":
        await complete_booking(BookingAction(caller, booking), services.deps)
    if plan.status == "cancelled":
        await cancel_booking(
            BookingAction(caller, booking, reason="The family moved the date"), services.deps
        )


def _held(command: CreateBooking, until: datetime) -> CreateBooking:
    return replace(command, hold_until=until)
