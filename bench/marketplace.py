"""Marketplace: catalogue search through the gateway, and checkout throughput under contention.

Starts the platform as `make run` does (embedded PostgreSQL, every registered service, the gateway) on
free ports in a scratch directory. Then:

- seeds 200 approved stores delivering across Hyderabad and 50,000 products (titles and descriptions in
  English and Telugu, one to three variants each) straight into the marketplace's database, with the
  search keys the service writes (decision 0029);
- search: `shopSearch` through the gateway, one signed-in client one query after another, with English,
  Telugu and misspelled queries, with and without a category filter and the in-stock filter;
- checkout: 20 buyers registered through the gateway each loop "put one in the cart, check out cash on
  delivery" for `--seconds`, all on the same variant (one hot row: the contention the conditional
  UPDATE serializes) and then each on a variant of their own; checkouts per second and latencies.

    uv run python bench/marketplace.py [--queries 300] [--buyers 20] [--seconds 20]
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
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

# bench/panchangam.py would shadow the panchangam library the services import: keep bench/ off the path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

import httpx  # noqa: E402 - after the path fix
import sqlalchemy as sa  # noqa: E402
from eventxperts_cli.platform import Platform, PlatformConfig  # noqa: E402
from marketplace_service.adapters.tables import categories, products, stores, variants  # noqa: E402
from servicekit.db import create_engine  # noqa: E402
from servicekit.postgres import with_database  # noqa: E402
from servicekit.registry import load_registry  # noqa: E402
from servicekit.testing.ports import free_port  # noqa: E402
from textsearch import search_key  # noqa: E402

STORES = 200
PRODUCTS = 50_000
ITEMS = [
    ("Shamiana tent", "షామియానా టెంట్"),
    ("Serial lights", "సీరియల్ లైట్లు"),
    ("Marigold toranam", "బంతి పూల తోరణం"),
    ("Kumkum bharani", "కుంకుమ భరణి"),
    ("Brass diya", "ఇత్తడి దీపం"),
    ("Stage backdrop", "వేదిక నేపథ్యం"),
    ("Plastic chairs", "ప్లాస్టిక్ కుర్చీలు"),
    ("Banana leaf plates", "అరటి ఆకు పళ్ళాలు"),
    ("Sound box", "సౌండ్ బాక్స్"),
    ("Pooja thali", "పూజ పళ్ళెం"),
]
COLOURS = ["Red", "White", "Gold", "Green", "Yellow", "Blue"]
QUERIES = ["shamiyana", "షామియానా", "serial lights", "తోరణం", "kumkum barani", "brass diya", "కుర్చీలు", "thali"]
CHECKOUT_INPUT = {
    "name": "Bench Buyer",
    "phone": "9848022338",
    "line": "8-2-293, Road 12, Banjara Hills",
    "city": "Hyderabad",
    "pinCode": "500034",
    "paymentMode": "COD",
}

SEARCH = """query($input: ShopSearchInput, $first: Int!) {
  shopSearch(input: $input, first: $first) { total products { id titleEn minPricePaise inStock } }
}"""
REGISTER = """mutation($input: RegisterInput!) {
  register(input: $input) { tokens { accessToken } errors { code message } }
}"""
TO_CART = """mutation($v: ID!) { setShopCartQuantity(variantId: $v, quantity: 1) { errors { code } } }"""
CHECK_OUT = """mutation($input: ShopCheckoutInput!) {
  checkOutShopCart(input: $input) { orders { id } errors { code } }
}"""


def catalogue_rows(
    rng: random.Random, category_ids: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    now = datetime.now(UTC)
    store_rows = [
        {
            "id": uuid.uuid4(),
            "owner_id": uuid.uuid4(),
            "is_platform": False,
            "name_en": f"Bench Store {n}",
            "name_te": None,
            "gstin": None,
            "state_code": "36",
            "pickup_address": {"line": f"Shop {n}, Ameerpet", "city": "Hyderabad", "pin_code": "500016"},
            "district_id": "hyderabad",
            "delivery_pins": [],
            "delivery_districts": ["hyderabad"],
            "delivery_flat_paise": 5_000,
            "free_delivery_above_paise": None,
            "return_days": 7,
            "return_policy": None,
            "status": "approved",
            "status_reason": None,
            "created_at": now,
        }
        for n in range(STORES)
    ]
    product_rows, variant_rows = [], []
    for n in range(PRODUCTS):
        store = store_rows[n % STORES]
        title_en, title_te = rng.choice(ITEMS)
        colour = rng.choice(COLOURS)
        product_id = uuid.uuid4()
        title = f"{title_en} {colour} {n}"
        description = f"{colour} {title_en.lower()} for weddings and functions"
        prices = sorted(rng.randint(2, 400) * 100_00 for _ in range(rng.randint(1, 3)))
        product_rows.append(
            {
                "id": product_id,
                "store_id": store["id"],
                "category_id": rng.choice(category_ids),
                "title_en": title,
                "title_te": title_te,
                "description_en": description,
                "description_te": None,
                "hsn": "6306",
                "gst_rate": Decimal("12"),
                "search_key": search_key(title, title_te, description, None),
                "active": True,
                "min_price_paise": prices[0],
                "rating_sum": 0,
                "rating_count": 0,
                "created_at": now,
                "updated_at": now,
            }
        )
        for position, price in enumerate(prices):
            variant_rows.append(
                {
                    "id": uuid.uuid4(),
                    "product_id": product_id,
                    "store_id": store["id"],
                    "sku": f"B-{n}-{position}",
                    "label": COLOURS[position],
                    "price_paise": price,
                    "mrp_paise": price,
                    "stock": rng.choice([0, 5, 50, 500]),
                    "position": position,
                }
            )
    return store_rows, product_rows, variant_rows


async def seed(market_url: str, rng: random.Random) -> list[str]:
    """Seeds the catalogue; answers the ids of variants with stock enough for the checkout rounds."""
    engine = create_engine(market_url)
    async with engine.connect() as connection:
        category_ids = [r.id for r in await connection.execute(sa.select(categories.c.id))]
    store_rows, product_rows, variant_rows = catalogue_rows(rng, category_ids)
    for row in variant_rows[:100]:  # the checkout rounds' variants never run out
        row["stock"] = 1_000_000
    async with engine.begin() as connection:
        await connection.execute(stores.insert(), store_rows)
        for start in range(0, len(product_rows), 5_000):
            await connection.execute(products.insert(), product_rows[start : start + 5_000])
        for start in range(0, len(variant_rows), 5_000):
            await connection.execute(variants.insert(), variant_rows[start : start + 5_000])
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        for table in ("stores", "products", "variants"):
            await connection.execute(sa.text(f"ANALYZE {table}"))
    await engine.dispose()
    return [str(row["id"]) for row in variant_rows[:100]]


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


async def registered(client: httpx.AsyncClient, url: str, who: str) -> str:
    person = {
        "name": "Bench Buyer",
        "email": f"{who}-{uuid.uuid4().hex[:8]}@example.in",
        "phone": "9848022338",
        "password": "mangoes4sale!",
    }
    _, data = await timed(client, url, REGISTER, {"input": person})
    token: str = data["register"]["tokens"]["accessToken"]
    return token


async def searches(
    client: httpx.AsyncClient, url: str, token: str, rng: random.Random, count: int
) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {"text": [], "text + category + in stock": [], "browse, price low": []}
    for i in range(count + 20):
        text = rng.choice(QUERIES)
        runs = {
            "text": {"text": text},
            "text + category + in stock": {"text": text, "categoryId": "tents", "inStock": True},
            "browse, price low": {"sort": "PRICE_LOW"},
        }
        for name, search_input in runs.items():
            elapsed, _ = await timed(client, url, SEARCH, {"input": search_input, "first": 20}, token)
            if i >= 20:  # warm-up
                found[name].append(elapsed)
                if name == "text":
                    found.setdefault(f"text {text!r}", []).append(elapsed)
    return found


async def checkouts(
    client: httpx.AsyncClient, url: str, tokens: list[str], variant_of: list[str], seconds: float
) -> tuple[int, float, list[float]]:
    """Each buyer loops cart-then-checkout until time is up; answers orders, elapsed s, latencies."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def buyer(token: str, variant: str) -> int:
        made = 0
        while time.perf_counter() < deadline:
            await timed(client, url, TO_CART, {"v": variant}, token)
            elapsed, data = await timed(client, url, CHECK_OUT, {"input": CHECKOUT_INPUT}, token)
            answer = data["checkOutShopCart"]
            if answer["errors"]:
                raise RuntimeError(f"checkout refused: {answer['errors']}")
            latencies.append(elapsed)
            made += len(answer["orders"])
        return made

    started = time.perf_counter()
    made = await asyncio.gather(*(buyer(t, v) for t, v in zip(tokens, variant_of, strict=True)))
    return sum(made), time.perf_counter() - started, latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def row(name: str, values: list[float]) -> str:
    p50, p95 = statistics.median(values), percentile(values, 0.95)
    return f"| {name} | {len(values)} | {p50:.1f} | {p95:.1f} | {max(values):.1f} |"


async def run(args: argparse.Namespace) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-marketplace-"))
    services = load_registry()
    config = PlatformConfig(
        data_dir=scratch,
        services=services,
        service_ports={s.name: free_port() for s in services},
        gateway_port=free_port(),
        edge_port=free_port(),
        with_app=False,
        start_kafka=False,
        kafka_port=free_port(),
    )
    platform = Platform(config, progress=lambda line: print(f"  {line}", flush=True))
    platform.start()
    try:
        market_url = with_database(platform.server_url, "eventxperts_marketplace")
        rng = random.Random(13)
        started = time.perf_counter()
        stocked = await seed(market_url, rng)
        print(
            f"  seeded {STORES} stores, {PRODUCTS} products: {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        limits = httpx.Limits(max_connections=args.buyers + 5)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            url = config.gateway_url
            searcher = await registered(client, url, "searcher")
            found = await searches(client, url, searcher, rng, args.queries)
            tokens = [await registered(client, url, f"buyer{n}") for n in range(args.buyers)]
            hot = await checkouts(client, url, tokens, [stocked[0]] * args.buyers, args.seconds)
            own = await checkouts(client, url, tokens, stocked[1 : args.buyers + 1], args.seconds)
    finally:
        platform.stop()
    print(
        f"\n{PRODUCTS} products in {STORES} stores; through the gateway, one client, one query after another"
    )
    print("| search | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, values in found.items():
        print(row(name, values))
    print(f"\n{args.buyers} buyers at once for {args.seconds:.0f} s, each: cart one, check out (COD)")
    print("| checkout | orders | orders/s | p50 ms | p95 ms |")
    print("|---|---|---|---|---|")
    for name, (orders, elapsed, latencies) in {
        "one variant (one hot row)": hot,
        "a variant each": own,
    }.items():
        print(
            f"| {name} | {orders} | {orders / elapsed:.1f} | {statistics.median(latencies):.0f} "
            f"| {percentile(latencies, 0.95):.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--buyers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
