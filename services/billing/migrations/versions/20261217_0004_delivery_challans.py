"""Delivery challans (CGST Rule 55): a document's purpose and where its goods go.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns and a check every existing row passes (none is a challan): no table rewrite.
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column("documents", sa.Column("purpose", sa.String(20)))
    op.add_column("documents", sa.Column("delivery", JSONB()))
    op.create_check_constraint(
        op.f("ck_documents_challan_has_purpose"), "documents", "(kind = 'delivery_challan') = (purpose IS NOT NULL)"
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_documents_challan_has_purpose"), "documents", type_="check")
    op.drop_column("documents", "delivery")
    op.drop_column("documents", "purpose")
