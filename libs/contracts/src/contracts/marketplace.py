"""Events the marketplace publishes: about orders on topic `marketplace.order.v1` (key: the order id),
about products on `marketplace.product.v1` (key: the product id), about used-item listings and their
message threads on `marketplace.listing.v1` (key: the listing id).

Version 1 payloads. Amounts are integer paise (INR); GST rates are decimal strings ("18"). Buyers'
names, phones and addresses are left out: consumers that show them ask the graph, so an erased buyer's
details live in one place. `marketplace.order.shipped` carries what the seller's tax invoice needs
(a goods invoice is due at or before removal): billing can issue it from this event alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

ORDER_PLACED = "marketplace.order.placed"
ORDER_ACCEPTED = "marketplace.order.accepted"
ORDER_SHIPPED = "marketplace.order.shipped"
ORDER_DELIVERED = "marketplace.order.delivered"
ORDER_CANCELLED = "marketplace.order.cancelled"
ORDER_REFUNDED = "marketplace.order.refunded"
PRODUCT_CHANGED = "marketplace.product.changed"
LISTING_CHANGED = "marketplace.listing.changed"
LISTING_MESSAGE_SENT = "marketplace.listing.message_sent"

PaymentModeName = Literal["cod", "upi_on_delivery", "online"]
TaxRegimeName = Literal["intra_state", "inter_state", "none"]


class OrderLineV1(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    line_id: UUID
    product_id: UUID
    variant_id: UUID
    sku: str
    title: str
    hsn: str
    gst_rate: str
    quantity: int
    unit_price_paise: int
    taxable_paise: int


class OrderMoneyV1(BaseModel):
    """The order's amounts: the lines' value, the delivery charge, GST by head and the total."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    place_of_supply: str
    regime: TaxRegimeName
    items_paise: int
    delivery_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int


class _OrderEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    order_id: UUID
    store_id: UUID
    occurred_at: datetime


class OrderPlacedV1(_OrderEvent):
    """A buyer's order with one store was placed (paid online, or to be paid on delivery)."""

    checkout_id: UUID
    buyer_id: UUID
    payment_mode: PaymentModeName
    money: OrderMoneyV1
    lines: list[OrderLineV1]


class OrderAcceptedV1(_OrderEvent):
    """The store accepted the order."""


class OrderShippedV1(_OrderEvent):
    """The goods left the store. The seller (``seller_id``; None for the platform's own store), its
    GSTIN and state, and the order's lines and money are what the seller's tax invoice says."""

    seller_id: UUID | None
    seller_gstin: str | None
    seller_state_code: str
    buyer_id: UUID
    payment_mode: PaymentModeName
    money: OrderMoneyV1
    lines: list[OrderLineV1]


class OrderDeliveredV1(_OrderEvent):
    """The buyer received the goods."""


class OrderCancelledV1(_OrderEvent):
    """The order was cancelled before it shipped (by the buyer, or by the store with a reason) or its
    online payment did not complete in time; its stock is back on sale."""

    cancelled_by: Literal["buyer", "store", "payment_expired"]
    reason: str | None


class OrderRefundedV1(_OrderEvent):
    """The buyer's money was paid back (after a return or a cancellation of a paid order)."""

    amount_paise: int


class ProductChangedV1(BaseModel):
    """A product was listed or changed (texts, price, stock or whether it is on sale)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    product_id: UUID
    store_id: UUID
    occurred_at: datetime
    category_id: str
    title_en: str
    title_te: str | None
    min_price_paise: int
    in_stock: bool
    active: bool


ListingStatusName = Literal["pending", "active", "rejected", "sold", "withdrawn"]


class ListingChangedV1(BaseModel):
    """A used-item listing was made, moderated, sold or withdrawn. No phone or description travels:
    consumers that show them ask the graph, so an erased seller's words live in one place."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    listing_id: UUID
    seller_id: UUID
    occurred_at: datetime
    status: ListingStatusName
    category_id: str
    title: str
    condition: str
    price_paise: int
    district_id: str


class ListingMessageSentV1(BaseModel):
    """Someone wrote in a listing's thread (for a notifier to tell the other side); the words stay here."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    listing_id: UUID
    thread_id: UUID
    sender_id: UUID
    recipient_id: UUID
    occurred_at: datetime
