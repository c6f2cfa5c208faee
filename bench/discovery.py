"""Discovery: the directory's searches through the gateway, and the booking-to-directory lag.

Starts the platform as `make run` does (embedded PostgreSQL, every registered service, the gateway) on
free ports in a scratch directory, on the PostgreSQL log or (`--bus kafka`) on a Kafka broker it starts.
Then:

- seeds 2,000 organizer listings across the 59 districts of AP and Telangana (one to three services
  each, one to four districts, English or Telugu names) straight into discovery's database, and a year
  of bookings as the availability read model has them (each organizer full on ~20% of the next 365
  days: ~146,000 rows);
- "free on this date in this district for this service": `searchOrganizers(service, district, freeOn)`
  through the gateway, random combinations, one client, one after another;
- text search: `searchOrganizers(text)` with Telugu, English and misspelled queries;
- the lag: an organizer registered through the gateway rents 10 chairs; each trial books all 10 on a
  new day and confirms; the lag is from the confirmation's answer (committed) to the full day's row in
  discovery's database (polled every 5 ms): outbox relay, bus, discovery's consumer transaction.

    uv run python bench/discovery.py [--bus pglog|kafka] [--queries 300] [--trials 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# bench/panchangam.py would shadow the panchangam library the services import: keep bench/ off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import httpx  # noqa: E402 - after the path fix
import sqlalchemy as sa  # noqa: E402
from discovery_service.adapters.tables import organizer_day_loads, organizer_listings  # noqa: E402
from discovery_service.domain.vocabulary import SERVICES  # noqa: E402
from eventxperts_cli.platform import Platform, PlatformConfig  # noqa: E402
from india.gazetteer import districts  # noqa: E402
from servicekit.db import create_engine  # noqa: E402
from servicekit.postgres import with_database  # noqa: E402
from servicekit.registry import load_registry  # noqa: E402
from servicekit.testing.ports import free_port  # noqa: E402
from textsearch import search_key  # noqa: E402

ORGANIZERS = 2_000
NAMES = ["Lakshmi", "Durga", "Venkateswara", "Sai", "Srinivasa", "Ganesh", "Balaji", "Annapurna", "Kanaka"]
NAMES_TE = ["లక్ష్మి", "దుర్గ", "వెంకటేశ్వర", "సాయి", "శ్రీనివాస", "గణేష్", "బాలాజీ", "అన్నపూర్ణ", "కనక"]
TRADES = ["Tent House", "Decorators", "Caterers", "Sound & Lights", "Photo Studio", "Events", "Flower Works"]
TEXT_QUERIES = ["shamiyana", "షామియానా", "venkateswara decorations", "కేటరింగ్", "fotography", "lakshmi tent"]

FREE_ON = """query($service: String, $district: String, $freeOn: Date) {
  searchOrganizers(service: $service, district: $district, freeOn: $freeOn, first: 20) {
    totalCount items { organizerId displayName rating }
  }
}"""
TEXT = """query($text: String) {
  searchOrganizers(text: $text, first: 20) { totalCount items { organizerId displayName } }
}"""
REGISTER = """mutation($input: RegisterInput!) {
  register(input: $input) { user { id } tokens { accessToken } errors { code message } }
}"""
STOCK = """mutation($input: CreateStockItemInput!) {
  createStockItem(input: $input) { item { id } errors { code } }
}"""
BOOK = """mutation($input: CreateBookingInput!) {
  createBooking(input: $input) { booking { id } errors { code field } }
}"""
CONFIRM = """mutation($id: ID!) { confirmBooking(id: $id) { booking { status } errors { code } } }"""


def listing_rows(rng: random.Random, today: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    district_ids = [d.id for d in districts()]
    slugs = list(SERVICES)
    now = datetime.now(UTC)
    listings, loads = [], []
    for n in range(ORGANIZERS):
        organizer = uuid.uuid4()
        name = f"{rng.choice(NAMES)} {rng.choice(TRADES)} {n}"
        name_te = rng.choice(NAMES_TE) if rng.random() < 0.5 else None
        offered = rng.sample(slugs, rng.randint(1, 3))
        prices = {
            s: {"min_paise": rng.randint(5, 50) * 1_000_00, "max_paise": rng.randint(60, 300) * 1_000_00}
            for s in offered
        }
        names = [t for s in offered for t in (SERVICES[s].name, SERVICES[s].name_te)]
        listings.append(
            {
                "organizer_id": organizer,
                "display_name": name,
                "display_name_te": name_te,
                "about": None,
                "services": prices,
                "service_slugs": offered,
                "district_ids": rng.sample(district_ids, rng.randint(1, 4)),
                "languages": ["te", "en"],
                "contact_ways": ["in_app"],
                "contact_phone": None,
                "contact_email": None,
                "min_price_paise": min(p["min_paise"] for p in prices.values()),
                "search_key": search_key(name, name_te, *names),
                "published": True,
                "deactivated": False,
                "rating_sum": rng.randint(0, 50),
                "rating_count": rng.randint(0, 10),
                "created_at": now,
                "updated_at": now,
            }
        )
        for offset in rng.sample(range(365), 73):
            loads.append(
                {
                    "organizer_id": organizer,
                    "day": today + timedelta(days=offset),
                    "is_full": True,
                    "changed_at": now,
                }
            )
    for row in listings:  # a listing rated 0 times has no stars
        row["rating_sum"] = row["rating_sum"] if row["rating_count"] else 0
    return listings, loads


async def seed(discovery_url: str, rng: random.Random) -> None:
    engine = create_engine(discovery_url)
    listings, loads = listing_rows(rng, date.today())
    async with engine.begin() as connection:
        await connection.execute(organizer_listings.insert(), listings)
        for start in range(0, len(loads), 10_000):
            await connection.execute(organizer_day_loads.insert(), loads[start : start + 10_000])
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(sa.text("ANALYZE organizer_listings"))
        await connection.execute(sa.text("ANALYZE organizer_day_loads"))
    await engine.dispose()


async def timed(
    client: httpx.AsyncClient, url: str, query: str, variables: dict[str, Any], token: str | None = None
) -> tuple[float, dict[str, Any]]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    started = time.perf_counter()
    response = await client.post(url, json={"query": query, "variables": variables}, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    answer = response.json()
    if response.status_code != 200 or answer.get("errors"):
        raise RuntimeError(f"{response.status_code} {json.dumps(answer)[:300]}")
    return elapsed, answer["data"]


async def searches(
    client: httpx.AsyncClient, url: str, rng: random.Random, count: int
) -> dict[str, list[float]]:
    district_ids = [d.id for d in districts()]
    found: dict[str, list[float]] = {"free on date + district + service": [], "text": []}
    totals = []
    for i in range(count + 30):
        variables = {
            "service": rng.choice(list(SERVICES)),
            "district": rng.choice(district_ids),
            "freeOn": (date.today() + timedelta(days=rng.randint(1, 364))).isoformat(),
        }
        elapsed, data = await timed(client, url, FREE_ON, variables)
        totals.append(data["searchOrganizers"]["totalCount"])
        if i >= 30:
            found["free on date + district + service"].append(elapsed)
        elapsed, _ = await timed(client, url, TEXT, {"text": rng.choice(TEXT_QUERIES)})
        if i >= 30:
            found["text"].append(elapsed)
    print(f"  free-on searches matched {statistics.mean(totals):.1f} organizers on average", flush=True)
    return found


async def lags(client: httpx.AsyncClient, url: str, discovery_url: str, trials: int) -> list[float]:
    person = {
        "name": "Bench Tents",
        "email": f"bench-{uuid.uuid4().hex[:8]}@example.in",
        "phone": "9876543210",
        "password": "mangoes4sale!",
        "role": "ORGANIZER",
    }
    _, data = await timed(client, url, REGISTER, {"input": person})
    token, organizer = data["register"]["tokens"]["accessToken"], data["register"]["user"]["id"]
    _, data = await timed(
        client, url, STOCK, {"input": {"name": "Chairs", "unit": "chair", "quantity": 10}}, token
    )
    item = data["createStockItem"]["item"]["id"]
    engine = create_engine(discovery_url)
    found = []
    try:
        for trial in range(trials):
            starts = datetime.combine(
                date.today() + timedelta(days=10 + trial), datetime.min.time(), UTC
            ) + timedelta(hours=6)
            booking = {
                "eventName": f"Bench wedding {trial}",
                "kind": "WEDDING",
                "schedule": {
                    "startsAt": starts.isoformat(),
                    "endsAt": (starts + timedelta(hours=5)).isoformat(),
                },
                "venue": {
                    "address": "Benz Circle",
                    "district": "NTR",
                    "stateCode": "37",
                    "pinCode": "520010",
                },
                "client": {"name": "Bench Client", "phones": ["9848022338"]},
                "lineItems": [
                    {"kind": "STOCK", "stockItemId": item, "quantity": 10, "agreedPricePaise": 1000}
                ],
            }
            _, data = await timed(client, url, BOOK, {"input": booking}, token)
            booking_id = data["createBooking"]["booking"]["id"]
            _, data = await timed(client, url, CONFIRM, {"id": booking_id}, token)
            answered = time.perf_counter()
            query = sa.select(organizer_day_loads.c.is_full).where(
                organizer_day_loads.c.organizer_id == uuid.UUID(organizer),
                organizer_day_loads.c.day == starts.date(),
            )
            while True:
                async with engine.connect() as connection:
                    if await connection.scalar(query):
                        break
                if time.perf_counter() - answered > 30:
                    raise RuntimeError("the directory never learnt of the booking")
                await asyncio.sleep(0.005)
            found.append((time.perf_counter() - answered) * 1000)
    finally:
        await engine.dispose()
    return found


def row(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"| {name} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {max(values):.1f} |"


async def run(args: argparse.Namespace) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-discovery-"))
    services = load_registry()
    config = PlatformConfig(
        data_dir=scratch,
        services=services,
        service_ports={s.name: free_port() for s in services},
        gateway_port=free_port(),
        edge_port=free_port(),
        with_app=False,
        start_kafka=args.bus == "kafka",
        kafka_port=free_port(),
    )
    platform = Platform(config, progress=lambda line: print(f"  {line}", flush=True))
    platform.start()
    try:
        discovery_url = with_database(platform.server_url, "eventxperts_discovery")
        rng = random.Random(14)
        started = time.perf_counter()
        await seed(discovery_url, rng)
        print(f"  seeded {ORGANIZERS} organizers, a year of full days: {time.perf_counter() - started:.1f} s")
        async with httpx.AsyncClient(timeout=30) as client:
            found = await searches(client, config.gateway_url, rng, args.queries)
            lag = await lags(client, config.gateway_url, discovery_url, args.trials)
    finally:
        platform.stop()
    print(f"\nbus: {args.bus}; {ORGANIZERS} organizers; through the gateway, one client, one after another")
    print("| measure | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, values in found.items():
        print(row(f"search: {name}", values))
    print(row("booking confirmed -> directory (lag)", lag))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bus", choices=["pglog", "kafka"], default="pglog")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--trials", type=int, default=30)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
