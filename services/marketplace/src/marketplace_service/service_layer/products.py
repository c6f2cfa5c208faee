"""Listing products and keeping their stock: a store's manager saves a product with its variants."""

from __future__ import annotations

import uuid
from typing import Any

from servicekit.auth import Caller
from textsearch import search_key

from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.products import CheckedProduct, ProductInput, checked_product, stock_count
from marketplace_service.service_layer import events
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.stores import managed_store
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork


def _product_values(product: CheckedProduct) -> dict[str, Any]:
    return {
        "category_id": product.category_id,
        "title_en": product.title_en,
        "title_te": product.title_te,
        "description_en": product.description_en,
        "description_te": product.description_te,
        "hsn": product.hsn,
        "gst_rate": product.gst_rate,
        "min_price_paise": product.min_price_paise,
        # Titles weigh as much as descriptions: one key of both, in both scripts (decision 0029).
        "search_key": search_key(
            product.title_en, product.title_te, product.description_en, product.description_te
        ),
    }


async def _publish_change(uow: MarketUnitOfWork, product_id: uuid.UUID, deps: UseCaseDependencies) -> None:
    product = await uow.catalogue.product(product_id)
    assert product is not None
    in_stock = any(v.stock > 0 for v in await uow.catalogue.variants_of([product_id]))
    uow.publish(events.product_changed(product, in_stock, deps.clock()))


async def save_product(
    deps: UseCaseDependencies,
    caller: Caller,
    store_id: uuid.UUID,
    raw: ProductInput,
    product_id: uuid.UUID | None = None,
    *,
    active: bool = True,
) -> uuid.UUID:
    """List a new product, or change one (with `product_id`): variants keep their ids by SKU."""
    async with deps.unit_of_work() as uow:
        await managed_store(uow, caller, store_id)
        product = checked_product(raw, {c.id for c in await uow.catalogue.categories()})
        now = deps.clock()
        values = {**_product_values(product), "active": active, "updated_at": now}
        if product_id is None:
            product_id = uuid.uuid4()
            await uow.catalogue.add_product(
                {
                    "id": product_id,
                    "store_id": store_id,
                    "rating_sum": 0,
                    "rating_count": 0,
                    "created_at": now,
                    **values,
                }
            )
        else:
            existing = await uow.catalogue.product(product_id, lock=True)
            if existing is None or existing.store_id != store_id:
                raise not_found("product", "productId")
            await uow.catalogue.update_product(product_id, values)
        taken = await uow.catalogue.sku_taken(store_id, [v.sku for v in product.variants], product_id)
        if taken:
            raise MarketError(
                MarketErrorCode.DUPLICATE_SKU, f"Another product has SKU {taken[0]}.", "variants"
            )
        for position, variant in enumerate(product.variants):
            await uow.catalogue.save_variant(
                {
                    "id": uuid.uuid4(),
                    "product_id": product_id,
                    "store_id": store_id,
                    "sku": variant.sku,
                    "label": variant.label,
                    "price_paise": variant.price_paise,
                    "mrp_paise": variant.mrp_paise,
                    "stock": variant.stock,
                    "position": position,
                }
            )
        await _publish_change(uow, product_id, deps)
        await uow.commit()
    return product_id


async def set_stock(deps: UseCaseDependencies, caller: Caller, variant_id: uuid.UUID, stock: int) -> None:
    """A recount: the free stock of one variant (what is held or sold is not counted in it)."""
    stock_count(stock, "stock")
    async with deps.unit_of_work() as uow:
        variant = await uow.catalogue.variant(variant_id, lock=True)
        if variant is None:
            raise not_found("variant", "variantId")
        await managed_store(uow, caller, variant.store_id)
        await uow.catalogue.set_stock(variant_id, stock)
        await _publish_change(uow, variant.product_id, deps)
        await uow.commit()
