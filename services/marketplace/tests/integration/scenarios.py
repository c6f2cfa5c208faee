"""Named scenarios: a Telangana seller with an approved store, products, a buyer in Hyderabad."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from marketplace_service.domain.listings import ListingCondition, ListingInput
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.domain.vocabulary import PaymentMode, StoreStatus
from marketplace_service.service_layer import checkout, listings, products, stores
from marketplace_service.service_layer.cart import set_cart_quantity
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from servicekit.auth import Caller, Role

ADMIN = Caller(str(uuid.uuid4()), frozenset({Role.USER, Role.SUPER_ADMIN}))
HYDERABAD_PIN = "500001"
VIJAYAWADA_PIN = "520001"


def seller() -> Caller:
    return Caller(str(uuid.uuid4()), frozenset({Role.USER, Role.STORE_OWNER}))


def buyer() -> Caller:
    return Caller(str(uuid.uuid4()), frozenset({Role.USER}))


async def with_profile(
    deps: UseCaseDependencies, who: Caller, *, gstin: str | None = "36AABCU9603R1ZV", state: str = "36"
) -> None:
    async with deps.unit_of_work() as uow:
        await uow.stores.replace_facts(
            uuid.UUID(who.user_id or ""),
            {
                "name": "Lakshmi",
                "business_name": "Lakshmi Decorations",
                "gstin": gstin,
                "state_code": state,
                "erased_at": None,
            },
            datetime.now(UTC),
        )
        await uow.commit()


def store_terms(**changes: Any) -> stores.StoreTerms:
    values: dict[str, Any] = {
        "name_en": "Lakshmi Decorations",
        "name_te": "లక్ష్మి డెకరేషన్స్",
        "pickup_line": "12-2-34, Mehdipatnam",
        "pickup_city": "Hyderabad",
        "pickup_pin": "500028",
        "delivery_pins": [],
        "delivery_districts": ["Hyderabad", "NTR"],
        "delivery_flat_paise": 5000,
        "free_delivery_above_paise": 200000,
    }
    values.update(changes)
    return stores.StoreTerms(**values)


async def approved_store(
    deps: UseCaseDependencies, owner: Caller | None = None, **changes: Any
) -> tuple[Caller, uuid.UUID]:
    owner = owner or seller()
    await with_profile(deps, owner)
    store_id = await stores.open_store(deps, owner, store_terms(**changes))
    await stores.set_store_status(deps, ADMIN, store_id, StoreStatus.APPROVED, None)
    return owner, store_id


def shamiana(stock: int = 10, price: int = 150000, sku: str = "SHAM-20") -> ProductInput:
    return ProductInput(
        "tents",
        "Shamiana tent 20x40",
        "షామియానా టెంట్",
        "Red and white shamiana for weddings",
        None,
        "6306",
        "12",
        [VariantInput(sku, "Red", price, price + 20000, stock)],
    )


async def listed(
    deps: UseCaseDependencies, owner: Caller, store_id: uuid.UUID, raw: ProductInput | None = None
) -> uuid.UUID:
    return await products.save_product(deps, owner, store_id, raw or shamiana())


async def variant_of(deps: UseCaseDependencies, product_id: uuid.UUID) -> Any:
    async with deps.unit_of_work() as uow:
        return (await uow.catalogue.variants_of([product_id]))[0]


def address(pin: str = HYDERABAD_PIN) -> checkout.DeliveryAddress:
    return checkout.DeliveryAddress("Ravi", "+91 98480 22338", "8-3-222, Ameerpet", "Hyderabad", pin)


async def bought(
    deps: UseCaseDependencies,
    who: Caller,
    variant_id: uuid.UUID,
    quantity: int = 1,
    mode: PaymentMode = PaymentMode.COD,
) -> checkout.CheckoutResult:
    await set_cart_quantity(deps, who, variant_id, quantity)
    return await checkout.check_out(deps, who, checkout.Checkout(address(), mode))


def used_tent(**changes: Any) -> ListingInput:
    values: dict[str, Any] = {
        "category_id": "tents",
        "title": "Used shamiana 20x40",
        "description": "Red and white, used at two weddings",
        "condition": ListingCondition.GOOD,
        "price_paise": 800000,
        "district": "Hyderabad",
        "contact_phone": "98480 22338",
    }
    values.update(changes)
    return ListingInput(**values)


async def active_listing(deps: UseCaseDependencies, who: Caller | None = None, **changes: Any) -> uuid.UUID:
    listing_id = await listings.create_listing(deps, who or buyer(), used_tent(**changes))
    await listings.moderate_listing(deps, ADMIN, listing_id, True, None)
    return listing_id


async def outbox_types(deps: UseCaseDependencies, key: str) -> list[str]:
    async with deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            sa.text("SELECT type FROM outbox WHERE key = :key ORDER BY position"), {"key": key}
        )
        return [r.type for r in rows]
