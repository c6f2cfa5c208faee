"""The organizers' ICS feeds: one live feed per organizer, found by its random id.

The URL's secret is an HMAC of the id under SECRET_KEY, so the table alone opens no feed.

Revision ID: 0003
Revises: 0001 (0002, bookings and stock, once the calendar branch is merged)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ics_feeds",
        sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("feed_id", UUID(as_uuid=True), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ics_feeds")
