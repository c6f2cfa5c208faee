"""What the graph shows of the catalogue: stores, categories, products with their variants."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from servicekit.auth import Caller

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import not_found
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer import keyset
from marketplace_service.service_layer.authorization import Operation, authorize, may_manage
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.images import ImageLinks, image_links
from marketplace_service.service_layer.keyset import SortKey


@dataclass(frozen=True)
class ProductView:
    product: Any
    variants: list[Any]
    images: list[ImageLinks] = field(default_factory=list)


async def product_views(deps: UseCaseDependencies, products: list[Any]) -> list[ProductView]:
    if not products:
        return []
    async with deps.unit_of_work() as uow:
        variants = await uow.catalogue.variants_of([p.id for p in products])
    images = await image_links(deps, "product", [p.id for p in products])
    return [ProductView(p, [v for v in variants if v.product_id == p.id], images[p.id]) for p in products]


async def product(deps: UseCaseDependencies, caller: Caller, product_id: uuid.UUID) -> ProductView:
    """A product on sale, or any product of a store the caller manages."""
    async with deps.unit_of_work() as uow:
        found = await uow.catalogue.product(product_id)
        store = await uow.stores.get(found.store_id) if found else None
    if found is None or store is None:
        raise not_found("product", "id")
    on_sale = found.active and store.status == StoreStatus.APPROVED.value
    if not on_sale and not may_manage(caller, store):
        raise not_found("product", "id")
    return (await product_views(deps, [found]))[0]


async def store_products(
    deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID, first: int, offset: int
) -> list[ProductView]:
    async with deps.unit_of_work() as uow:
        store = await uow.stores.get(store_id)
        if store is None or not may_manage(caller, store):
            raise not_found("store", "storeId")
        rows = await uow.catalogue.of_store(store_id, min(max(first, 1), 100), max(offset, 0))
    return await product_views(deps, rows)


async def store_products_page(
    deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID, first: int, after: str | None
) -> tuple[list[ProductView], str | None]:
    """A store's products for its managers, newest first, in keyset pages."""
    async with deps.unit_of_work() as uow:
        store = await uow.stores.get(store_id)
    if store is None or not may_manage(caller, store):
        raise not_found("store", "storeId")
    p = t.products.c
    keys = [SortKey(p.created_at, True, datetime), SortKey(p.id, True, uuid.UUID)]
    statement = sa.select(t.products).where(p.store_id == store_id)
    rows, cursor = await keyset.page(deps, statement, keys, "store-products", first, after)
    return await product_views(deps, rows), cursor


async def store(deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID) -> Any:
    async with deps.unit_of_work() as uow:
        found = await uow.stores.get(store_id)
    if found is None or (found.status != StoreStatus.APPROVED.value and not may_manage(caller, found)):
        raise not_found("store", "id")
    return found


async def my_stores(deps: UseCaseDependencies, caller: Caller) -> list[Any]:
    owner = uuid.UUID(authorize(caller, Operation.BUY))
    async with deps.unit_of_work() as uow:
        return await uow.stores.of_owner(owner)


async def stores_for_moderation(
    deps: UseCaseDependencies, caller: Caller, status: StoreStatus | None, first: int, offset: int
) -> list[Any]:
    authorize(caller, Operation.MODERATE)
    async with deps.unit_of_work() as uow:
        return await uow.stores.listed(
            status.value if status else None, min(max(first, 1), 100), max(offset, 0)
        )


async def categories(deps: UseCaseDependencies) -> list[Any]:
    async with deps.unit_of_work() as uow:
        return await uow.catalogue.categories()
