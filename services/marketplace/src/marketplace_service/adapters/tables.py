"""The marketplace database's tables (SQLAlchemy Core; migrations/ creates them)."""

from __future__ import annotations

import sqlalchemy as sa
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from textsearch import words_column

metadata = new_metadata()
TZ = sa.DateTime(timezone=True)
ID = UUID(as_uuid=True)

# A seller's facts as users.user.profile_changed last said them (a copy, replaced whole).
seller_facts = sa.Table(
    "seller_facts",
    metadata,
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("name", sa.Text()),
    sa.Column("business_name", sa.Text()),
    sa.Column("gstin", sa.String(15)),
    sa.Column("state_code", sa.String(2)),
    sa.Column("erased_at", TZ),
    sa.Column("updated_at", TZ, nullable=False),
)

stores = sa.Table(
    "stores",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("owner_id", ID),  # None: the platform store, managed by super admins
    sa.Column("is_platform", sa.Boolean(), nullable=False),
    sa.Column("name_en", sa.Text(), nullable=False),
    sa.Column("name_te", sa.Text()),
    sa.Column("gstin", sa.String(15)),
    sa.Column("state_code", sa.String(2), nullable=False),
    sa.Column("pickup_address", JSONB(), nullable=False),
    sa.Column("district_id", sa.Text()),
    sa.Column("delivery_pins", ARRAY(sa.String(6)), nullable=False),
    sa.Column("delivery_districts", ARRAY(sa.Text()), nullable=False),
    sa.Column("delivery_flat_paise", sa.BigInteger(), nullable=False),
    sa.Column("free_delivery_above_paise", sa.BigInteger()),
    sa.Column("return_days", sa.Integer(), nullable=False),
    sa.Column("return_policy", sa.Text()),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("status_reason", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
)

categories = sa.Table(
    "categories",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("parent_id", sa.String(40)),
    sa.Column("name_en", sa.Text(), nullable=False),
    sa.Column("name_te", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
)

products = sa.Table(
    "products",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("store_id", ID, sa.ForeignKey("stores.id"), nullable=False),
    sa.Column("category_id", sa.String(40), sa.ForeignKey("categories.id"), nullable=False),
    sa.Column("title_en", sa.Text(), nullable=False),
    sa.Column("title_te", sa.Text()),
    sa.Column("description_en", sa.Text()),
    sa.Column("description_te", sa.Text()),
    sa.Column("hsn", sa.String(8), nullable=False),
    sa.Column("gst_rate", sa.Numeric(5, 2), nullable=False),
    sa.Column("search_key", sa.Text(), nullable=False),
    words_column("search_words", "search_key"),
    sa.Column("active", sa.Boolean(), nullable=False),
    # Kept with the variants' writes, for filters and sorting without a join per row.
    sa.Column("min_price_paise", sa.BigInteger(), nullable=False),
    sa.Column("rating_sum", sa.Integer(), nullable=False),
    sa.Column("rating_count", sa.Integer(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
)

# What can be bought: one SKU with its price and its stock. `stock` is what is free to sell: a
# checkout takes from it (held or sold), an expired hold or a cancellation gives back.
variants = sa.Table(
    "variants",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("product_id", ID, sa.ForeignKey("products.id"), nullable=False),
    sa.Column("store_id", ID, nullable=False),
    sa.Column("sku", sa.String(40), nullable=False),
    sa.Column("label", sa.Text(), nullable=False),
    sa.Column("price_paise", sa.BigInteger(), nullable=False),
    sa.Column("mrp_paise", sa.BigInteger(), nullable=False),
    sa.Column("stock", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.CheckConstraint("stock >= 0", name="variant_stock_not_negative"),
    sa.CheckConstraint("price_paise > 0 AND mrp_paise >= price_paise", name="variant_price_positive"),
    sa.UniqueConstraint("store_id", "sku", name="variant_sku_unique"),
)

product_images = sa.Table(
    "product_images",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("product_id", ID, sa.ForeignKey("products.id"), nullable=False),
    sa.Column("object_key", sa.Text(), nullable=False),
    sa.Column("thumbnail_key", sa.Text()),
    sa.Column("content_type", sa.Text()),
    sa.Column("status", sa.String(12), nullable=False),  # pending | ready
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
)

cart_items = sa.Table(
    "cart_items",
    metadata,
    sa.Column("buyer_id", ID, primary_key=True),
    sa.Column("variant_id", ID, sa.ForeignKey("variants.id"), primary_key=True),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("added_at", TZ, nullable=False),
    sa.CheckConstraint("quantity > 0", name="cart_quantity_positive"),
)

# One checkout: the buyer's payment across the orders it split into (one per store).
checkouts = sa.Table(
    "checkouts",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("buyer_id", ID, nullable=False),
    sa.Column("payment_mode", sa.String(20), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),  # awaiting_payment | paid | expired | on_delivery
    sa.Column("total_paise", sa.BigInteger(), nullable=False),
    sa.Column("provider_order_id", sa.Text(), unique=True),
    sa.Column("hold_expires_at", TZ),
    sa.Column("created_at", TZ, nullable=False),
)

orders = sa.Table(
    "orders",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("checkout_id", ID, sa.ForeignKey("checkouts.id"), nullable=False),
    sa.Column("store_id", ID, sa.ForeignKey("stores.id"), nullable=False),
    sa.Column("buyer_id", ID, nullable=False),
    sa.Column("status", sa.String(24), nullable=False),
    sa.Column("payment_mode", sa.String(20), nullable=False),
    sa.Column("paid", sa.Boolean(), nullable=False),
    sa.Column("place_of_supply", sa.String(2), nullable=False),
    sa.Column("regime", sa.String(12), nullable=False),
    sa.Column("items_paise", sa.BigInteger(), nullable=False),
    sa.Column("delivery_paise", sa.BigInteger(), nullable=False),
    sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
    sa.Column("cgst_paise", sa.BigInteger(), nullable=False),
    sa.Column("sgst_paise", sa.BigInteger(), nullable=False),
    sa.Column("igst_paise", sa.BigInteger(), nullable=False),
    sa.Column("total_paise", sa.BigInteger(), nullable=False),
    # Personal data: erased on users.user.erased (the order itself is kept, decision 0030).
    sa.Column("delivery_address", JSONB()),
    sa.Column("reason", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.Column("delivered_at", TZ),
)

order_lines = sa.Table(
    "order_lines",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("order_id", ID, sa.ForeignKey("orders.id"), nullable=False),
    sa.Column("variant_id", ID, sa.ForeignKey("variants.id"), nullable=False),
    sa.Column("product_id", ID, nullable=False),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("sku", sa.String(40), nullable=False),
    sa.Column("hsn", sa.String(8), nullable=False),
    sa.Column("gst_rate", sa.Numeric(5, 2), nullable=False),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("unit_price_paise", sa.BigInteger(), nullable=False),
    sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
)

order_history = sa.Table(
    "order_history",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column("order_id", ID, sa.ForeignKey("orders.id"), nullable=False),
    sa.Column("status", sa.String(24), nullable=False),
    sa.Column("by_id", ID),
    sa.Column("note", sa.Text()),
    sa.Column("at", TZ, nullable=False),
)

# Provider webhook events already applied: a replay finds its id here and changes nothing.
payment_events = sa.Table(
    "payment_events",
    metadata,
    sa.Column("event_id", sa.Text(), primary_key=True),
    sa.Column("provider_order_id", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("received_at", TZ, nullable=False),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("order_line_id", ID, sa.ForeignKey("order_lines.id"), nullable=False, unique=True),
    sa.Column("product_id", ID, nullable=False),
    sa.Column("buyer_id", ID),
    sa.Column("rating", sa.SmallInteger(), nullable=False),
    sa.Column("text", sa.Text()),
    sa.Column("status", sa.String(12), nullable=False),  # pending | approved | rejected
    sa.Column("created_at", TZ, nullable=False),
    sa.CheckConstraint("rating BETWEEN 1 AND 5", name="review_rating_range"),
)

# A used item one person sells to another (no store, no stock, no GST: a private sale).
listings = sa.Table(
    "listings",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("seller_id", ID, nullable=False),
    sa.Column("category_id", sa.String(40), sa.ForeignKey("categories.id"), nullable=False),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("description", sa.Text()),
    sa.Column("condition", sa.String(12), nullable=False),
    sa.Column("price_paise", sa.BigInteger(), nullable=False),
    sa.Column("district_id", sa.Text(), nullable=False),
    # Personal data: shown to a buyer only once the seller has replied in their thread; erased.
    sa.Column("contact_phone", sa.Text()),
    sa.Column("search_key", sa.Text(), nullable=False),
    words_column("search_words", "search_key"),
    sa.Column("status", sa.String(12), nullable=False),
    sa.Column("status_reason", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.CheckConstraint("price_paise > 0", name="listing_price_positive"),
)

listing_images = sa.Table(
    "listing_images",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("listing_id", ID, sa.ForeignKey("listings.id"), nullable=False),
    sa.Column("object_key", sa.Text(), nullable=False),
    sa.Column("thumbnail_key", sa.Text()),
    sa.Column("content_type", sa.Text()),
    sa.Column("status", sa.String(16), nullable=False),  # pending | ready
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
)

# One buyer's conversation with a listing's seller.
listing_threads = sa.Table(
    "listing_threads",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("listing_id", ID, sa.ForeignKey("listings.id"), nullable=False),
    sa.Column("buyer_id", ID, nullable=False),
    sa.Column("seller_id", ID, nullable=False),
    sa.Column("seller_replied", sa.Boolean(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("last_message_at", TZ, nullable=False),
    sa.UniqueConstraint("listing_id", "buyer_id", name="listing_thread_one_per_buyer"),
)

listing_messages = sa.Table(
    "listing_messages",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column("thread_id", ID, sa.ForeignKey("listing_threads.id"), nullable=False),
    sa.Column("sender_id", ID),  # None once the sender is erased
    sa.Column("body", sa.Text()),  # None once the sender is erased
    sa.Column("sent_at", TZ, nullable=False),
)
