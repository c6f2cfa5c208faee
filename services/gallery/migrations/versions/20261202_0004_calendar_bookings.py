"""Which organizer each calendar booking belongs to, as the calendar's events said: an album may be
linked only to its organizer's own booking.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_bookings",
        sa.Column("booking_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
        sa.Column("learned_at", sa.DateTime(timezone=True), nullable=False),
    )
    # What the gallery knew before: the bookings its albums were offered for (completed events).
    op.execute(
        "INSERT INTO calendar_bookings (booking_id, organizer_id, learned_at) "
        "SELECT booking_id, organizer_id, now() FROM albums WHERE booking_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_table("calendar_bookings")
