"""Used-item listings (people selling used event items to each other), their photos, and the
buyer-seller message threads; product images gain their thumbnail's state and size.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from textsearch import index_statements, words_column

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
ID = postgresql.UUID(as_uuid=True)

INDEXES = [
    # The public list and its keyset pages: newest first among active listings.
    "CREATE INDEX ix_listings_status_created ON listings (status, created_at DESC, id DESC)",
    "CREATE INDEX ix_listings_seller ON listings (seller_id, status)",
    "CREATE INDEX ix_listing_threads_buyer ON listing_threads (buyer_id, last_message_at DESC)",
    "CREATE INDEX ix_listing_threads_seller ON listing_threads (seller_id, last_message_at DESC)",
    "CREATE INDEX ix_listing_messages_thread ON listing_messages (thread_id, id)",
    "CREATE INDEX ix_listing_messages_sender ON listing_messages (sender_id, sent_at)",
    # Keyset pages of a store's products (newest first).
    "CREATE INDEX ix_products_store_keyset ON products (store_id, created_at DESC, id DESC)",
]


def upgrade() -> None:
    op.create_table(
        "listings",
        sa.Column("id", ID, primary_key=True),
        sa.Column("seller_id", ID, nullable=False),
        sa.Column("category_id", sa.String(40), sa.ForeignKey("categories.id"), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("condition", sa.String(12), nullable=False),
        sa.Column("price_paise", sa.BigInteger(), nullable=False),
        sa.Column("district_id", sa.Text(), nullable=False),
        sa.Column("contact_phone", sa.Text()),
        sa.Column("search_key", sa.Text(), nullable=False),
        words_column("search_words", "search_key"),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("status_reason", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.CheckConstraint("price_paise > 0", name="listing_price_positive"),
    )
    op.create_table(
        "listing_images",
        sa.Column("id", ID, primary_key=True),
        sa.Column("listing_id", ID, sa.ForeignKey("listings.id"), nullable=False),
        sa.Column("object_key", sa.Text(), nullable=False),
        sa.Column("thumbnail_key", sa.Text()),
        sa.Column("content_type", sa.Text()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "listing_threads",
        sa.Column("id", ID, primary_key=True),
        sa.Column("listing_id", ID, sa.ForeignKey("listings.id"), nullable=False),
        sa.Column("buyer_id", ID, nullable=False),
        sa.Column("seller_id", ID, nullable=False),
        sa.Column("seller_replied", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_message_at", TZ, nullable=False),
        sa.UniqueConstraint("listing_id", "buyer_id", name="listing_thread_one_per_buyer"),
    )
    op.create_table(
        "listing_messages",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("thread_id", ID, sa.ForeignKey("listing_threads.id"), nullable=False),
        sa.Column("sender_id", ID),
        sa.Column("body", sa.Text()),
        sa.Column("sent_at", TZ, nullable=False),
    )
    for statement in [*index_statements("listings", "search_key", "search_words"), *INDEXES]:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_products_store_keyset")
    op.drop_table("listing_messages")
    op.drop_table("listing_threads")
    op.drop_table("listing_images")
    op.drop_table("listings")
