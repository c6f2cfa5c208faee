"""Inputs of the marketplace graph."""

from __future__ import annotations

import strawberry
from servicekit.graphql.paise import Paise

from marketplace_service.api.graphql.enums import PaymentMode, SearchSort


@strawberry.input(name="ShopStoreInput")
class ShopStoreInput:
    name_en: str
    pickup_line: str
    pickup_city: str
    pickup_pin_code: str
    name_te: str | None = None
    delivery_pins: list[str] = strawberry.field(default_factory=list)
    delivery_districts: list[str] = strawberry.field(default_factory=list)
    delivery_flat_paise: Paise = Paise(0)
    free_delivery_above_paise: Paise | None = None
    return_days: int = 7
    return_policy: str | None = None


@strawberry.input(name="ShopVariantInput")
class ShopVariantInput:
    sku: str
    price_paise: Paise
    stock: int
    label: str = "Standard"
    mrp_paise: Paise | None = None


@strawberry.input(name="ShopProductInput")
class ShopProductInput:
    store_id: strawberry.ID
    category_id: str
    title_en: str
    hsn: str
    gst_rate: str
    variants: list[ShopVariantInput]
    product_id: strawberry.ID | None = None
    title_te: str | None = None
    description_en: str | None = None
    description_te: str | None = None
    active: bool = True


@strawberry.input(name="ShopSearchInput")
class ShopSearchInput:
    text: str = ""
    category_id: str | None = None
    store_id: strawberry.ID | None = None
    district_id: str | None = None
    min_price_paise: Paise | None = None
    max_price_paise: Paise | None = None
    in_stock: bool = False
    sort: SearchSort = SearchSort.RELEVANCE


@strawberry.input(name="ShopCheckoutInput")
class ShopCheckoutInput:
    name: str
    phone: str
    line: str
    city: str
    pin_code: str
    payment_mode: PaymentMode
