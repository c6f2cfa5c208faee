"""The marketplace's tables: stores, the category tree, products and variants (with their search key
and its indexes), carts, checkouts, orders with their lines and history, payment events and reviews.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from textsearch import TRIGRAM_EXTENSION, index_statements, words_column

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (id, parent, English, Telugu): the category tree a store files its products under.
CATEGORIES = [
    ("decorations", None, "Decorations", "అలంకరణలు"),
    ("balloons", "decorations", "Balloons", "బెలూన్లు"),
    ("garlands", "decorations", "Garlands and toranams", "దండలు, తోరణాలు"),
    ("flowers", None, "Flowers", "పూలు"),
    ("lighting", None, "Lighting", "లైటింగ్"),
    ("serial-lights", "lighting", "Serial lights", "సీరియల్ లైట్లు"),
    ("sound-electronics", None, "Sound and electronics", "సౌండ్, ఎలక్ట్రానిక్స్"),
    ("furniture", None, "Furniture", "ఫర్నిచర్"),
    ("tableware", None, "Tableware", "టేబుల్‌వేర్"),
    ("fabrics-backdrops", None, "Fabrics and backdrops", "వస్త్రాలు, బ్యాక్‌డ్రాప్‌లు"),
    ("tents", None, "Tents and shamianas", "టెంట్లు, షామియానాలు"),
    ("return-gifts", None, "Return gifts", "రిటర్న్ గిఫ్ట్‌లు"),
    ("pooja-items", None, "Pooja items", "పూజా సామగ్రి"),
]

INDEXES = [
    "CREATE INDEX ix_products_store ON products (store_id, created_at DESC)",
    "CREATE INDEX ix_products_category ON products (category_id)",
    "CREATE INDEX ix_products_price ON products (min_price_paise)",
    "CREATE INDEX ix_variants_product ON variants (product_id)",
    "CREATE INDEX ix_images_product ON product_images (product_id, position)",
    "CREATE INDEX ix_orders_store ON orders (store_id, created_at DESC)",
    "CREATE INDEX ix_orders_buyer ON orders (buyer_id, created_at DESC)",
    "CREATE INDEX ix_orders_checkout ON orders (checkout_id)",
    "CREATE INDEX ix_order_lines_order ON order_lines (order_id)",
    "CREATE INDEX ix_order_history_order ON order_history (order_id, id)",
    "CREATE INDEX ix_checkouts_holds ON checkouts (hold_expires_at) WHERE status = 'awaiting_payment'",
    "CREATE INDEX ix_reviews_product ON reviews (product_id, created_at DESC)",
]


def upgrade() -> None:
    op.execute(TRIGRAM_EXTENSION)
    op.create_table('categories',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('parent_id', sa.String(length=40), nullable=True),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('name_te', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories'))
    )
    op.create_table('checkouts',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('buyer_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('payment_mode', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('total_paise', sa.BigInteger(), nullable=False),
    sa.Column('provider_order_id', sa.Text(), nullable=True),
    sa.Column('hold_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkouts')),
    sa.UniqueConstraint('provider_order_id', name=op.f('uq_checkouts_provider_order_id'))
    )
    op.create_table('payment_events',
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('provider_order_id', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_payment_events'))
    )
    op.create_table('seller_facts',
    sa.Column('user_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('business_name', sa.Text(), nullable=True),
    sa.Column('gstin', sa.String(length=15), nullable=True),
    sa.Column('state_code', sa.String(length=2), nullable=True),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_seller_facts'))
    )
    op.create_table('stores',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('owner_id', postgresql.UUID(as_uuid=True), nullable=True),
    sa.Column('is_platform', sa.Boolean(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('name_te', sa.Text(), nullable=True),
    sa.Column('gstin', sa.String(length=15), nullable=True),
    sa.Column('state_code', sa.String(length=2), nullable=False),
    sa.Column('pickup_address', postgresql.JSONB(), nullable=False),
    sa.Column('district_id', sa.Text(), nullable=True),
    sa.Column('delivery_pins', postgresql.ARRAY(sa.String(length=6)), nullable=False),
    sa.Column('delivery_districts', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('delivery_flat_paise', sa.BigInteger(), nullable=False),
    sa.Column('free_delivery_above_paise', sa.BigInteger(), nullable=True),
    sa.Column('return_days', sa.Integer(), nullable=False),
    sa.Column('return_policy', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stores'))
    )
    op.create_table('orders',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('checkout_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('store_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('buyer_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('payment_mode', sa.String(length=20), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('place_of_supply', sa.String(length=2), nullable=False),
    sa.Column('regime', sa.String(length=12), nullable=False),
    sa.Column('items_paise', sa.BigInteger(), nullable=False),
    sa.Column('delivery_paise', sa.BigInteger(), nullable=False),
    sa.Column('taxable_paise', sa.BigInteger(), nullable=False),
    sa.Column('cgst_paise', sa.BigInteger(), nullable=False),
    sa.Column('sgst_paise', sa.BigInteger(), nullable=False),
    sa.Column('igst_paise', sa.BigInteger(), nullable=False),
    sa.Column('total_paise', sa.BigInteger(), nullable=False),
    sa.Column('delivery_address', postgresql.JSONB(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['checkout_id'], ['checkouts.id'], name=op.f('fk_orders_checkout_id_checkouts')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_orders_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders'))
    )
    op.create_table('products',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('store_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('category_id', sa.String(length=40), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('title_te', sa.Text(), nullable=True),
    sa.Column('description_en', sa.Text(), nullable=True),
    sa.Column('description_te', sa.Text(), nullable=True),
    sa.Column('hsn', sa.String(length=8), nullable=False),
    sa.Column('gst_rate', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    words_column('search_words', 'search_key'),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('min_price_paise', sa.BigInteger(), nullable=False),
    sa.Column('rating_sum', sa.Integer(), nullable=False),
    sa.Column('rating_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_products_category_id_categories')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_products_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products'))
    )
    op.create_table('order_history',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('order_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('by_id', postgresql.UUID(as_uuid=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_history_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_history'))
    )
    op.create_table('product_images',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('product_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('object_key', sa.Text(), nullable=False),
    sa.Column('thumbnail_key', sa.Text(), nullable=True),
    sa.Column('content_type', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_images_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_images'))
    )
    op.create_table('variants',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('product_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('store_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('price_paise', sa.BigInteger(), nullable=False),
    sa.Column('mrp_paise', sa.BigInteger(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('price_paise > 0 AND mrp_paise >= price_paise', name=op.f('ck_variants_variant_price_positive')),
    sa.CheckConstraint('stock >= 0', name=op.f('ck_variants_variant_stock_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_variants_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_variants')),
    sa.UniqueConstraint('store_id', 'sku', name='variant_sku_unique')
    )
    op.create_table('cart_items',
    sa.Column('buyer_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('variant_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_cart_items_cart_quantity_positive')),
    sa.ForeignKeyConstraint(['variant_id'], ['variants.id'], name=op.f('fk_cart_items_variant_id_variants')),
    sa.PrimaryKeyConstraint('buyer_id', 'variant_id', name=op.f('pk_cart_items'))
    )
    op.create_table('order_lines',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('order_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('variant_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('product_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('hsn', sa.String(length=8), nullable=False),
    sa.Column('gst_rate', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_paise', sa.BigInteger(), nullable=False),
    sa.Column('taxable_paise', sa.BigInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders')),
    sa.ForeignKeyConstraint(['variant_id'], ['variants.id'], name=op.f('fk_order_lines_variant_id_variants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_lines'))
    )
    op.create_table('reviews',
    sa.Column('id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('order_line_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('product_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('buyer_id', postgresql.UUID(as_uuid=True), nullable=True),
    sa.Column('rating', sa.SmallInteger(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_reviews_review_rating_range')),
    sa.ForeignKeyConstraint(['order_line_id'], ['order_lines.id'], name=op.f('fk_reviews_order_line_id_order_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('order_line_id', name=op.f('uq_reviews_order_line_id'))
    )
    
    for statement in [*index_statements("products", "search_key", "search_words"), *INDEXES]:
        op.execute(statement)
    categories = sa.table(
        "categories",
        sa.column("id", sa.String),
        sa.column("parent_id", sa.String),
        sa.column("name_en", sa.Text),
        sa.column("name_te", sa.Text),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        categories,
        [
            {"id": c, "parent_id": p, "name_en": en, "name_te": te, "position": i}
            for i, (c, p, en, te) in enumerate(CATEGORIES)
        ],
    )


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_table("order_lines")
    op.drop_table("cart_items")
    op.drop_table("variants")
    op.drop_table("product_images")
    op.drop_table("order_history")
    op.drop_table("products")
    op.drop_table("orders")
    op.drop_table("stores")
    op.drop_table("seller_facts")
    op.drop_table("payment_events")
    op.drop_table("checkouts")
    op.drop_table("categories")
