"""The marketplace's types in the graph (Shop*/Market* names: no clash with other subgraphs)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from servicekit.graphql.paise import Paise

from marketplace_service.api.graphql.enums import OrderStatus, PaymentMode, StoreStatus
from marketplace_service.api.graphql.listing_types import ShopImageType
from marketplace_service.service_layer.catalogue_reads import ProductView
from marketplace_service.service_layer.reads import OrderView


@strawberry.type(name="ShopCategory")
class ShopCategoryType:
    id: strawberry.ID
    parent_id: strawberry.ID | None
    name_en: str
    name_te: str

    @classmethod
    def of(cls, row: Any) -> ShopCategoryType:
        return cls(
            id=strawberry.ID(row.id), parent_id=row.parent_id, name_en=row.name_en, name_te=row.name_te
        )


@strawberry.type(name="ShopStore")
class ShopStoreType:
    id: strawberry.ID
    name_en: str
    name_te: str | None
    is_platform: bool
    status: StoreStatus
    status_reason: str | None
    gstin: str | None
    state_code: str
    district_id: str | None
    pickup_city: str
    pickup_pin_code: str
    delivery_pins: list[str]
    delivery_districts: list[str]
    delivery_flat_paise: Paise
    free_delivery_above_paise: Paise | None
    return_days: int
    return_policy: str | None

    @classmethod
    def of(cls, row: Any) -> ShopStoreType:
        return cls(
            id=strawberry.ID(str(row.id)),
            name_en=row.name_en,
            name_te=row.name_te,
            is_platform=row.is_platform,
            status=StoreStatus(row.status),
            status_reason=row.status_reason,
            gstin=row.gstin,
            state_code=row.state_code,
            district_id=row.district_id,
            pickup_city=row.pickup_address["city"],
            pickup_pin_code=row.pickup_address["pin_code"],
            delivery_pins=list(row.delivery_pins),
            delivery_districts=list(row.delivery_districts),
            delivery_flat_paise=Paise(row.delivery_flat_paise),
            free_delivery_above_paise=Paise(row.free_delivery_above_paise)
            if row.free_delivery_above_paise is not None
            else None,
            return_days=row.return_days,
            return_policy=row.return_policy,
        )


@strawberry.type(name="ShopVariant")
class ShopVariantType:
    id: strawberry.ID
    sku: str
    label: str
    price_paise: Paise
    mrp_paise: Paise
    stock: int


@strawberry.type(name="ShopProduct")
class ShopProductType:
    id: strawberry.ID
    store_id: strawberry.ID
    category_id: strawberry.ID
    title_en: str
    title_te: str | None
    description_en: str | None
    description_te: str | None
    hsn: str
    gst_rate: str
    active: bool
    min_price_paise: Paise
    rating: float | None
    rating_count: int
    in_stock: bool
    created_at: datetime
    variants: list[ShopVariantType]
    images: list[ShopImageType]

    @classmethod
    def of(cls, view: ProductView) -> ShopProductType:
        p = view.product
        return cls(
            id=strawberry.ID(str(p.id)),
            store_id=strawberry.ID(str(p.store_id)),
            category_id=strawberry.ID(p.category_id),
            title_en=p.title_en,
            title_te=p.title_te,
            description_en=p.description_en,
            description_te=p.description_te,
            hsn=p.hsn,
            gst_rate=str(p.gst_rate.normalize()),
            active=p.active,
            min_price_paise=Paise(p.min_price_paise),
            rating=round(p.rating_sum / p.rating_count, 2) if p.rating_count else None,
            rating_count=p.rating_count,
            in_stock=any(v.stock > 0 for v in view.variants),
            created_at=p.created_at,
            variants=[
                ShopVariantType(
                    id=strawberry.ID(str(v.id)),
                    sku=v.sku,
                    label=v.label,
                    price_paise=Paise(v.price_paise),
                    mrp_paise=Paise(v.mrp_paise),
                    stock=v.stock,
                )
                for v in view.variants
            ],
            images=[ShopImageType.of(i) for i in view.images],
        )


@strawberry.type(name="ShopFacet")
class ShopFacetType:
    value: str
    count: int


@strawberry.type(name="ShopSearchPage")
class ShopSearchPageType:
    products: list[ShopProductType]
    total: int
    next_cursor: str | None
    categories: list[ShopFacetType]
    stores: list[ShopFacetType]


@strawberry.type(name="ShopProductPage")
class ShopProductPageType:
    products: list[ShopProductType]
    next_cursor: str | None


@strawberry.type(name="ShopCartLine")
class ShopCartLineType:
    variant_id: strawberry.ID
    product_id: strawberry.ID
    store_id: strawberry.ID
    sku: str
    title_en: str
    title_te: str | None
    label: str
    quantity: int
    price_paise: Paise
    available: bool

    @classmethod
    def of(cls, row: Any) -> ShopCartLineType:
        return cls(
            variant_id=strawberry.ID(str(row.variant_id)),
            product_id=strawberry.ID(str(row.product_id)),
            store_id=strawberry.ID(str(row.store_id)),
            sku=row.sku,
            title_en=row.title_en,
            title_te=row.title_te,
            label=row.label,
            quantity=row.quantity,
            price_paise=Paise(row.price_paise),
            available=row.active
            and row.store_status == StoreStatus.APPROVED.value
            and row.stock >= row.quantity,
        )


@strawberry.type(name="ShopOrderLine")
class ShopOrderLineType:
    id: strawberry.ID
    product_id: strawberry.ID
    variant_id: strawberry.ID
    title: str
    sku: str
    hsn: str
    gst_rate: str
    quantity: int
    unit_price_paise: Paise
    taxable_paise: Paise


@strawberry.type(name="ShopOrderStep")
class ShopOrderStepType:
    status: OrderStatus
    note: str | None
    at: datetime


@strawberry.type(name="ShopOrder")
class ShopOrderType:
    id: strawberry.ID
    checkout_id: strawberry.ID
    store_id: strawberry.ID
    status: OrderStatus
    payment_mode: PaymentMode
    paid: bool
    place_of_supply: str
    items_paise: Paise
    delivery_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    igst_paise: Paise
    total_paise: Paise
    reason: str | None
    created_at: datetime
    delivery_name: str | None
    delivery_pin_code: str | None
    lines: list[ShopOrderLineType]
    history: list[ShopOrderStepType]

    @classmethod
    def of(cls, view: OrderView) -> ShopOrderType:
        o, address = view.order, view.order.delivery_address or {}
        return cls(
            id=strawberry.ID(str(o.id)),
            checkout_id=strawberry.ID(str(o.checkout_id)),
            store_id=strawberry.ID(str(o.store_id)),
            status=OrderStatus(o.status),
            payment_mode=PaymentMode(o.payment_mode),
            paid=o.paid,
            place_of_supply=o.place_of_supply,
            items_paise=Paise(o.items_paise),
            delivery_paise=Paise(o.delivery_paise),
            taxable_paise=Paise(o.taxable_paise),
            cgst_paise=Paise(o.cgst_paise),
            sgst_paise=Paise(o.sgst_paise),
            igst_paise=Paise(o.igst_paise),
            total_paise=Paise(o.total_paise),
            reason=o.reason,
            created_at=o.created_at,
            delivery_name=address.get("name"),
            delivery_pin_code=address.get("pin_code"),
            lines=[
                ShopOrderLineType(
                    id=strawberry.ID(str(ln.id)),
                    product_id=strawberry.ID(str(ln.product_id)),
                    variant_id=strawberry.ID(str(ln.variant_id)),
                    title=ln.title,
                    sku=ln.sku,
                    hsn=ln.hsn,
                    gst_rate=str(ln.gst_rate.normalize()),
                    quantity=ln.quantity,
                    unit_price_paise=Paise(ln.unit_price_paise),
                    taxable_paise=Paise(ln.taxable_paise),
                )
                for ln in view.lines
            ],
            history=[
                ShopOrderStepType(status=OrderStatus(h.status), note=h.note, at=h.at) for h in view.history
            ],
        )


@strawberry.type(name="ShopSettlement")
class ShopSettlementType:
    store_id: strawberry.ID
    month: str
    orders: int
    supplies_taxable_paise: Paise
    returns_taxable_paise: Paise
    net_taxable_paise: Paise
    tcs_paise: Paise
    collected_online_paise: Paise
    payout_paise: Paise
