"""Seller invoices for marketplace orders: the order a document invoices, one document per order.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column("documents", sa.Column("order_id", UUID(as_uuid=True)))
    # No row has an order yet: the index builds at once (no CONCURRENTLY needed on an empty column).
    op.create_index(
        op.f("ix_documents_order"),
        "documents",
        ["order_id"],
        unique=True,
        postgresql_where=sa.text("order_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_order"), table_name="documents")
    op.drop_column("documents", "order_id")
