"""The marketplace part of `make demo`: the platform's own store (approved, run by super admins) with
a few products in Telugu and English, and one approved used-item listing of the demo user. Seeding
twice changes nothing: there is one platform store, products are found by SKU, the listing once."""

from __future__ import annotations

import asyncio
import uuid

from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.postgres import service_database_url

from marketplace_service.bootstrap import build_services
from marketplace_service.domain.listings import ListingCondition, ListingInput
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.service_layer import listing_reads, listings, products, stores
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.settings import MarketplaceSettings

PLATFORM_STORE = stores.StoreTerms(
    "EventXperts Store",
    "ఈవెంట్‌ఎక్స్‌పర్ట్స్ స్టోర్",
    "Plot 12, Hitech City Road",
    "Hyderabad",
    "500081",
    [],
    ["Hyderabad", "Rangareddy", "Medchal-Malkajgiri", "NTR"],
    delivery_flat_paise=9900,
    free_delivery_above_paise=200000,
)
# (category, English, Telugu, description, HSN, GST %, SKU, variant, price paise, stock)
PRODUCTS = [
    (
        "tents",
        "Shamiana tent 20x40",
        "షామియానా టెంట్",
        "Red and white, for weddings",
        "6306",
        "12",
        "DEMO-SHAM",
        "Red",
        1500000,
        4,
    ),
    (
        "serial-lights",
        "LED serial lights 10 m",
        "ఎల్ఈడీ సీరియల్ లైట్లు",
        "Warm white",
        "9405",
        "18",
        "DEMO-LED",
        "Warm white",
        45000,
        40,
    ),
    (
        "garlands",
        "Marigold toranam",
        "బంతి పూల తోరణం",
        "Fresh marigold door toranam",
        "0603",
        "0",
        "DEMO-TOR",
        "6 ft",
        35000,
        25,
    ),
    (
        "return-gifts",
        "Brass kumkum bharani",
        "ఇత్తడి కుంకుమ భరిణె",
        "Return gift, pack of 10",
        "7418",
        "12",
        "DEMO-KUM",
        "Pack of 10",
        120000,
        30,
    ),
]


def seed(facts: dict[str, str]) -> list[str]:
    """Make the platform store and its products (once) and the demo user's used-item listing."""
    return asyncio.run(_seed(MarketplaceSettings(), facts.get("user_id")))


async def _seed(settings: MarketplaceSettings, user_id: str | None) -> list[str]:
    engine = create_engine(service_database_url(settings))
    try:
        return await seed_market(build_services(settings, engine, None).deps, user_id)
    finally:
        await engine.dispose()


async def seed_market(deps: UseCaseDependencies, user_id: str | None) -> list[str]:
    admin = Caller(str(uuid.uuid4()), frozenset({Role.USER, Role.SUPER_ADMIN}))
    store_id = await stores.open_platform_store(deps, admin, PLATFORM_STORE, gstin=None, state_code="36")
    for row in PRODUCTS:
        await _product(deps, admin, store_id, row)
    listed = await _listing(deps, admin, user_id)
    lines = [f"marketplace: '{PLATFORM_STORE.name_en}' with {len(PRODUCTS)} products (search 'shamiana')"]
    return lines + (["marketplace: the demo user's used shamiana is listed"] if listed else [])


async def _product(deps: UseCaseDependencies, admin: Caller, store_id: uuid.UUID, row: tuple) -> None:  # type: ignore[type-arg]
    category, en, te, description, hsn, rate, sku, label, price, stock = row
    async with deps.unit_of_work() as uow:
        taken = await uow.catalogue.sku_taken(store_id, [sku], uuid.uuid4())
    if taken:
        return
    raw = ProductInput(
        category, en, te, description, None, hsn, rate, [VariantInput(sku, label, price, price, stock)]
    )
    await products.save_product(deps, admin, store_id, raw)


async def _listing(deps: UseCaseDependencies, admin: Caller, user_id: str | None) -> bool:
    """The users part names the demo user only when it made them (the first run)."""
    if user_id is None:
        return False
    seller = Caller(user_id, frozenset({Role.USER}))
    if await listing_reads.my_listings(deps, seller):
        return False
    raw = ListingInput(
        "tents",
        "Used shamiana 20x30",
        "Used at two weddings, no tears",
        ListingCondition.GOOD,
        600000,
        "Hyderabad",
        None,
    )
    listing_id = await listings.create_listing(deps, seller, raw)
    await listings.moderate_listing(deps, admin, listing_id, True, None)
    return True
