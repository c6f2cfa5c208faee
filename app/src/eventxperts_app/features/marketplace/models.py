"""What the shop shows: categories, products and their variants, stores, the cart and orders, and
the answers of its mutations. Money is in paise, as the service sends it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from eventxperts_app.api.models import ApiError


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "AWAITING_PAYMENT"
    PAYMENT_EXPIRED = "PAYMENT_EXPIRED"
    PLACED = "PLACED"
    ACCEPTED = "ACCEPTED"
    PACKED = "PACKED"
    SHIPPED = "SHIPPED"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"
    RETURN_REQUESTED = "RETURN_REQUESTED"
    RETURNED = "RETURNED"
    REFUNDED = "REFUNDED"


class OrderAction(StrEnum):
    ACCEPT = "ACCEPT"
    PACK = "PACK"
    SHIP = "SHIP"
    DELIVER = "DELIVER"
    CANCEL = "CANCEL"
    REQUEST_RETURN = "REQUEST_RETURN"
    MARK_RETURNED = "MARK_RETURNED"
    REFUND = "REFUND"


class PaymentMode(StrEnum):
    COD = "COD"
    UPI_ON_DELIVERY = "UPI_ON_DELIVERY"
    ONLINE = "ONLINE"


class SearchSort(StrEnum):
    RELEVANCE = "RELEVANCE"
    PRICE_LOW = "PRICE_LOW"
    PRICE_HIGH = "PRICE_HIGH"
    NEWEST = "NEWEST"
    RATING = "RATING"


class StoreStatus(StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    SUSPENDED = "SUSPENDED"


@dataclass(frozen=True)
class Category:
    id: str
    parent_id: str | None
    name_en: str
    name_te: str


@dataclass(frozen=True)
class Variant:
    id: str
    sku: str
    label: str
    price_paise: int
    mrp_paise: int
    stock: int


@dataclass(frozen=True)
class Product:
    id: str
    store_id: str
    category_id: str
    title_en: str
    title_te: str | None
    description_en: str | None
    description_te: str | None
    hsn: str
    gst_rate: str
    active: bool
    min_price_paise: int
    rating: float | None
    rating_count: int
    in_stock: bool
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class SearchPage:
    products: tuple[Product, ...]
    total: int
    next_cursor: str | None


@dataclass(frozen=True)
class Store:
    id: str
    name_en: str
    name_te: str | None
    is_platform: bool
    status: StoreStatus
    status_reason: str | None
    pickup_city: str
    pickup_pin_code: str
    delivery_pins: tuple[str, ...]
    delivery_districts: tuple[str, ...]
    delivery_flat_paise: int
    free_delivery_above_paise: int | None
    return_days: int
    return_policy: str | None


@dataclass(frozen=True)
class CartLine:
    variant_id: str
    product_id: str
    store_id: str
    sku: str
    title_en: str
    title_te: str | None
    label: str
    quantity: int
    price_paise: int
    available: bool


@dataclass(frozen=True)
class OrderLine:
    id: str
    title: str
    sku: str
    quantity: int
    unit_price_paise: int


@dataclass(frozen=True)
class Order:
    id: str
    store_id: str
    status: OrderStatus
    payment_mode: PaymentMode
    paid: bool
    items_paise: int
    delivery_paise: int
    tax_paise: int  # CGST + SGST + IGST
    total_paise: int
    reason: str | None
    created_at: datetime
    delivery_name: str | None
    delivery_pin_code: str | None
    lines: tuple[OrderLine, ...]


@dataclass(frozen=True)
class Review:
    id: str
    product_id: str
    product_title_en: str
    product_title_te: str | None
    rating: int
    text: str | None
    created_at: datetime


@dataclass(frozen=True)
class DoneResult:
    done: bool
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class CheckoutResult:
    orders: tuple[Order, ...]
    total_paise: int | None
    provider_order_id: str | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class OrderResult:
    order: Order | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class StoreResult:
    store: Store | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class ProductResult:
    product: Product | None
    errors: tuple[ApiError, ...] = ()
