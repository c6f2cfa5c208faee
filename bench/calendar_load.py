"""The calendar at an organizer's busiest, through the gateway (issue 10's benchmark).

Starts the platform as `make run` does (no app) on free ports in a scratch directory, registers two
organizers through the gateway, and fills their calendars through the calendar's use cases (fast,
and the same code the mutations call):

- the busy organizer: 50 stock items (48 plain, 2 composites of them) and 1,000 bookings in one
  month, about 32 a day, in every status (4 in 10 confirmed, 2 held, 2 enquiries, 1 cancelled, 1
  completed), each with 1 to 3 stock lines;
- the racing organizer: 20 items of 30 units and 1,000 enquiries on one evening, each wanting one
  unit of item `n % 20`: stock allows exactly 600 of them.

Then it measures, through the gateway (`/graphql`, as the app calls it):

- `monthView` of the busy month with what the app's month grid asks (every day's panchangam, peak
  items and bookings with their fields), one client, requests one after the other: p50, p95, req/s;
  and req/s with 4 clients at once;
- `availability` over 90 days when the calendar answers it; until then (`NOT_IMPLEMENTED`) the stock
  use per day over the same 90 days, read as three `monthView`s asking only `stockUse`;
- `confirmBooking` of the 1,000 enquiries by 20 concurrent clients: confirmations per second, and
  how many were refused with STOCK_SHORTAGE, which must be 1,000 minus what stock allows.

    uv run python bench/calendar_load.py [--bookings 1000] [--requests 60] [--clients 20]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This script is named calendar.py: keep its folder off the path, so that the standard library's
# `calendar` (which the email package, the ORM and the service import) is never this file. Every
# import below comes after this fix.
# ruff: noqa: E402
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from calendar_service.bootstrap import CalendarServices, build_services
from calendar_service.domain.booking_checks import LineItemDraft
from calendar_service.domain.days import day_start
from calendar_service.domain.vocabulary import EventKind, LineItemKind
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
from eventxperts_cli.platform import Platform, PlatformConfig
from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.postgres import service_database_url
from servicekit.registry import load_registry
from servicekit.testing.ports import free_port

REGISTER = """mutation($i: RegisterInput!) { register(input: $i) {
  user { id } tokens { accessToken } errors { code } } }"""
NAME, REF, WINDOW = "{ en te }", "{ id name unit }", "{ startsAt endsAt }"
PERIOD = f"{{ name {NAME} number startsAt endsAt paksha {NAME} }}"
DAY_PANCHANGAM = f"""panchangam {{ vara {NAME} tithi {PERIOD} nakshatra {PERIOD} rahuKalam {WINDOW}
  yamagandam {WINDOW} durmuhurtham {WINDOW} festivals {NAME} muhurthams {{ kind }} }}"""
# What a month grid shows: each day's panchangam, peak items and its bookings' names and times.
MONTH_GRID = f"""query MonthGrid($year: Int!, $month: Int!) {{ monthView(year: $year, month: $month) {{
  year month place {{ name {NAME} }}
  days {{ date isPeakDay peakItems {{ item {REF} usable confirmed held free short }} {DAY_PANCHANGAM}
    bookings {{ id eventName kind status schedule {{ startsAt endsAt }} }} }}
  peakWarnings {{ date item {REF} free usable }} }} }}"""
# What the app's month screen asked until the calperf branch (it now asks the grid's fields and reads
# a booking whole when it is opened): every booking whole, exceedsStock included, which the
# dataloaders now answer in one read per request.
MONTH_VIEW = f"""query MonthView($year: Int!, $month: Int!) {{ monthView(year: $year, month: $month) {{
  year month place {{ name {NAME} }}
  days {{ date isPeakDay peakItems {{ item {REF} usable confirmed held free short }}
    panchangam {{ vara {NAME} tithi {PERIOD} nakshatra {PERIOD} rahuKalam {WINDOW} yamagandam {WINDOW}
      durmuhurtham {WINDOW} festivals {NAME} muhurthams {{ kind }} }}
    bookings {{ id eventName kind status version exceedsStock holdExpiresAt details notes
      cancellationReason agreedTotalPaise advancePaise
      schedule {{ startsAt endsAt setupStartsAt teardownEndsAt }}
      venue {{ address district state {{ code name }} pinCode mapLink }}
      client {{ name phones email birthNakshatra }}
      lineItems {{ kind description quantity agreedPricePaise stockItem {REF} }} }} }}
  peakWarnings {{ date item {REF} free usable }} }} }}"""
STOCK_USE = """query StockUse($year: Int!, $month: Int!) { monthView(year: $year, month: $month) {
  days { date stockUse { item { id name unit } usable confirmed held free short } } } }"""
AVAILABILITY = """query Availability($firstDay: Date!, $lastDay: Date!) {
  availability(firstDay: $firstDay, lastDay: $lastDay) {
    items { item { id name unit } shortDays days { date usable confirmed held free short } } } }"""
CONFIRM = "mutation($id: ID!) { confirmBooking(id: $id) { booking { status } errors { code } } }"
RACE_ITEMS, RACE_UNITS = 20, 30
VENUE = VenueDraft("Sri Venkateswara Function Hall, Kothapet", "Rangareddy", "36", "500035")
CLIENT = ClientDraft("Lakshmi Narayana", ["98480 22338"])


LOGIN = """mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } errors { code } } }"""
PASSWORD = "mangoes4sale!"


@dataclass(frozen=True)
class Organizer:
    caller: Caller
    token: str
    email: str

    def signed_in_again(self, gateway: str) -> Organizer:
        """A fresh access token: filling the calendars on a loaded machine outlasts the first one."""
        login = {"email": self.email, "password": PASSWORD}
        answer = httpx.post(gateway, json={"query": LOGIN, "variables": {"i": login}}, timeout=60).json()
        return replace(self, token=answer["data"]["login"]["tokens"]["accessToken"])

    @property
    def headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}"}


def register(gateway: str, name: str) -> Organizer:
    person = {
        "name": name,
        "email": f"bench.{uuid.uuid4().hex[:8]}@example.in",
        "phone": "9876543210",
        "password": PASSWORD,
        "role": "ORGANIZER",
    }
    answer = httpx.post(gateway, json={"query": REGISTER, "variables": {"i": person}}, timeout=60).json()
    made = answer["data"]["register"]
    caller = Caller(made["user"]["id"], frozenset({Role.USER, Role.ORGANIZER}))
    return Organizer(caller, made["tokens"]["accessToken"], person["email"])


def booking(caller: Caller, day: date, hour: int, lines: list[tuple[str, int]]) -> CreateBooking:
    starts_at = day_start(day) + timedelta(hours=hour)
    return CreateBooking(
        caller=caller,
        event_name=f"Bench event {hour}h",
        kind=EventKind.WEDDING,
        schedule=ScheduleDraft(
            starts_at,
            starts_at + timedelta(hours=4),
            starts_at - timedelta(hours=2),
            starts_at + timedelta(hours=6),
        ),
        venue=VENUE,
        client=CLIENT,
        line_items=[LineItemDraft(LineItemKind.STOCK, None, item, n, n * 100_00) for item, n in lines],
        agreed_total_paise=100_000_00,
    )


async def fill_busy_month(services: CalendarServices, caller: Caller, first: date, count: int) -> None:
    rng = random.Random(10)
    plain = []
    for n in range(48):
        # A few scarce items, so that some muhurtham days become peak days.
        quantity = 60 if n < 4 else 400
        command = CreateStockItem(caller, f"Item {n:02d}", "piece", quantity)
        plain.append(str((await create_stock_item(command, services.deps)).id))
    for n in range(2):
        parts = [(plain[10 + n], 4), (plain[20 + n], 1)]
        command = CreateStockItem(caller, f"Composite {n}", "set", parts=parts)
        plain.append(str((await create_stock_item(command, services.deps)).id))
    days = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - first
    for n in range(count):
        day = first + timedelta(days=n % days.days)
        lines = [(item, rng.randint(1, 8)) for item in rng.sample(plain, rng.randint(1, 3))]
        status = ("confirmed",) * 4 + ("held",) * 2 + ("enquiry",) * 2 + ("cancelled", "completed")
        await _book(services, caller, booking(caller, day, 6 + n % 12, lines), status[n % 10])


async def _book(services: CalendarServices, caller: Caller, command: CreateBooking, status: str) -> None:
    if status == "held":
        await create_booking(
            replace(command, hold_until=datetime.now(UTC) + timedelta(days=20)), services.deps
        )
        return
    made = str((await create_booking(command, services.deps)).id)
    if status in {"confirmed", "cancelled", "completed"}:
        await confirm_booking(BookingAction(caller, made), services.deps)
    if status == "cancelled":
        await cancel_booking(BookingAction(caller, made, reason="Date moved"), services.deps)
    if status == "completed":
        await complete_booking(BookingAction(caller, made), services.deps)


async def fill_race(services: CalendarServices, caller: Caller, day: date, count: int) -> list[str]:
    items = []
    for n in range(RACE_ITEMS):
        command = CreateStockItem(caller, f"Race item {n:02d}", "piece", RACE_UNITS)
        items.append(str((await create_stock_item(command, services.deps)).id))
    made = []
    for n in range(count):
        wanted = booking(caller, day, 17, [(items[n % RACE_ITEMS], 1)])
        made.append(str((await create_booking(wanted, services.deps)).id))
    return made


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def ask(client: httpx.Client, query: str, **variables: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    response = client.post("/graphql", json={"query": query, "variables": variables})
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, response.json()


def sequential(client: httpx.Client, query: str, requests: int, **variables: Any) -> list[float]:
    for _ in range(3):  # the panchangam month computed once, connections made
        _, answer = ask(client, query, **variables)
        if "errors" in answer:
            raise RuntimeError(str(answer["errors"])[:300])
    return [ask(client, query, **variables)[0] for _ in range(requests)]


async def concurrent_rate(
    gateway: str, headers: dict[str, str], body: dict[str, Any], clients: int, n: int
) -> float:
    async with httpx.AsyncClient(headers=headers, timeout=120) as client:
        queue = list(range(n))

        async def worker() -> None:
            while queue:
                queue.pop()
                (await client.post(gateway, json=body)).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return n / (time.perf_counter() - started)


async def confirm_all(
    gateway: str, headers: dict[str, str], ids: list[str], clients: int
) -> tuple[Counter[str], float]:
    outcomes: Counter[str] = Counter()
    queue = list(reversed(ids))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(headers=headers, timeout=120, limits=limits) as client:

        async def worker() -> None:
            while queue:
                booking_id = queue.pop()
                body = {"query": CONFIRM, "variables": {"id": booking_id}}
                answer = (await client.post(gateway, json=body)).json()
                payload = (answer.get("data") or {}).get("confirmBooking")
                if payload is None:
                    outcomes[f"error {answer.get('errors')}"[:120]] += 1
                elif payload["errors"]:
                    outcomes[payload["errors"][0]["code"]] += 1
                else:
                    outcomes[payload["booking"]["status"]] += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return outcomes, time.perf_counter() - started


@contextmanager
def running_platform(scratch: Path) -> Iterator[Platform]:
    services = load_registry()
    config = PlatformConfig(
        data_dir=scratch,
        services=services,
        service_ports={s.name: free_port() for s in services},
        gateway_port=free_port(),
        with_app=False,
    )
    platform = Platform(config, progress=lambda line: print(f"  {line}", flush=True))
    platform.start()
    try:
        # Platform keeps its processes to itself; the benchmark reads their CPU time by pid.
        processes = {p.name: p.process for p in platform._processes}
        PIDS.update(calendar=_pid(processes["calendar service"]), gateway=_pid(processes["gateway"]))
        yield platform
    finally:
        platform.stop()


def _pid(process: object) -> int:
    pid = getattr(process, "pid", None)
    if not isinstance(pid, int):
        raise RuntimeError("a platform process has no pid")
    return pid


def month_after(today: date, months: int) -> date:
    first = today.replace(day=1)
    for _ in range(months):
        first = (first + timedelta(days=32)).replace(day=1)
    return first


def row(what: str, ms: list[float], extra: str = "") -> str:
    return (
        f"{what:<46} {statistics.median(ms):>8.1f} {percentile(ms, 0.95):>8.1f} "
        f"{1000 * len(ms) / sum(ms):>8.1f}  {extra}"
    )


async def fill(platform: Platform, busy: Organizer, racer: Organizer, first: date, count: int) -> list[str]:
    settings = CalendarSettings(database_url=platform.server_url)
    engine = create_engine(service_database_url(settings))
    services = build_services(settings, engine, None)
    try:
        started = time.perf_counter()
        await fill_busy_month(services, busy.caller, first, count)
        race = await fill_race(services, racer.caller, month_after(first, 2) + timedelta(days=9), count)
        print(f"  filled both calendars in {time.perf_counter() - started:.0f} s", flush=True)
        return race
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bookings", type=int, default=1000, help="bookings in the busy month (and racing)")
    parser.add_argument("--requests", type=int, default=60, help="sequential requests per read measured")
    parser.add_argument("--clients", type=int, default=20, help="concurrent confirming clients")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-calendar-"))
    with running_platform(scratch) as platform:
        gateway = platform.config.gateway_url
        busy, racer = register(gateway, "Busy Tent House"), register(gateway, "Racing Tent House")
        first = month_after(datetime.now(UTC).date(), 1)
        race = asyncio.run(fill(platform, busy, racer, first, args.bookings))
        busy, racer = busy.signed_in_again(gateway), racer.signed_in_again(gateway)
        load_before = os.getloadavg()
        lines = measure(gateway, busy, racer, first, race, args)
        load_after = os.getloadavg()
    print()
    print(
        f"{args.bookings} bookings in {first:%B %Y}, 50 stock items; {args.requests} requests per read; "
        "times in ms through the gateway"
    )
    print(f"{'request':<46} {'p50':>8} {'p95':>8} {'req/s':>8}  notes")
    for line in lines:
        print(line)
    print(
        f"load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after, "
        f"on {os.cpu_count()} cores"
    )


def measure(
    gateway: str, busy: Organizer, racer: Organizer, first: date, race: list[str], args: argparse.Namespace
) -> list[str]:
    lines = []
    month = {"year": first.year, "month": first.month}
    with httpx.Client(base_url=gateway.removesuffix("/graphql"), headers=busy.headers, timeout=120) as client:
        days = ask(client, MONTH_GRID, **month)[1]["data"]["monthView"]["days"]
        shown, peaks = sum(len(d["bookings"]) for d in days), sum(d["isPeakDay"] for d in days)
        with cpu_per_request(args.requests) as cpu:
            ms = sequential(client, MONTH_GRID, args.requests, **month)
        lines.append(row("monthView, month grid", ms, f"{shown} booking-days, {peaks} peak days; {cpu}"))
        body = {"query": MONTH_GRID, "variables": month}
        rate = asyncio.run(concurrent_rate(gateway, busy.headers, body, 4, args.requests))
        lines.append(f"{'monthView, month grid, 4 clients at once':<46} {'':>8} {'':>8} {rate:>8.1f}")
        try:
            with cpu_per_request(args.requests // 4) as cpu:
                ms = sequential(client, MONTH_VIEW, args.requests // 4, **month)
            lines.append(row("monthView, the app's query (whole bookings)", ms, str(cpu)))
        except RuntimeError as refused:  # e.g. TOO_BUSY: a per-booking field that queries each time
            lines.append(f"{'monthView, the app query (whole bookings)':<46} refused: {str(refused)[:160]}")
        lines.append(ninety_days(client, first, args.requests))
    with cpu_per_request(len(race)) as cpu:
        outcomes, seconds = asyncio.run(confirm_all(gateway, racer.headers, race, args.clients))
    allowed = min(len(race), RACE_ITEMS * RACE_UNITS)
    other = {k: n for k, n in outcomes.items() if k not in {"CONFIRMED", "STOCK_SHORTAGE"}}
    lines.append(
        f"{f'confirmBooking, {args.clients} clients, {len(race)} bookings':<46} {'':>8} {'':>8} "
        f"{len(race) / seconds:>8.1f}  {outcomes['CONFIRMED']} confirmed ({allowed} allowed), "
        f"{outcomes['STOCK_SHORTAGE']} STOCK_SHORTAGE ({len(race) - allowed} expected), "
        f"other {other or 0}; {cpu}"
    )
    return lines


@dataclass
class CpuUse:
    """CPU milliseconds per request of the calendar service and of the gateway (from /proc): steadier
    than wall time on a machine others share."""

    requests: int
    calendar_ms: float = 0.0
    gateway_ms: float = 0.0

    def __str__(self) -> str:
        return f"cpu/req calendar {self.calendar_ms:.1f} ms, gateway {self.gateway_ms:.1f} ms"


PIDS: dict[str, int] = {}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def cpu_per_request(requests: int) -> Iterator[CpuUse]:
    use = CpuUse(requests)
    before = {name: cpu_seconds(pid) for name, pid in PIDS.items()}
    yield use
    spent = {name: (cpu_seconds(pid) - before[name]) * 1000 / requests for name, pid in PIDS.items()}
    use.calendar_ms, use.gateway_ms = spent.get("calendar", 0.0), spent.get("gateway", 0.0)


def ninety_days(client: httpx.Client, first: date, requests: int) -> str:
    last = first + timedelta(days=89)
    _, answer = ask(client, AVAILABILITY, firstDay=first.isoformat(), lastDay=last.isoformat())
    if "errors" not in answer:
        ms = sequential(client, AVAILABILITY, requests, firstDay=first.isoformat(), lastDay=last.isoformat())
        return row("availability, 90 days", ms)
    code = answer["errors"][0].get("extensions", {}).get("code")
    months = [month_after(first, n) for n in range(3)]
    for m in months:  # each month's panchangam computed once
        ask(client, STOCK_USE, year=m.year, month=m.month)
    totals = []
    for _ in range(requests // 3 + 1):
        totals.append(sum(ask(client, STOCK_USE, year=m.year, month=m.month)[0] for m in months))
    return row("stock use per day, 90 days (3 monthView)", totals, f"availability answers {code}")


if __name__ == "__main__":
    main()
