"""The directory's enquiries the calendar received for each organizer, so that a booking names as its
source only an enquiry sent to its organizer (createBooking took any id). Filled from the bookings
the enquiry consumer already made.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_enquiries",
        sa.Column("enquiry_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_received_enquiries_organizer", "received_enquiries", ["organizer_id"])
    # The earliest booking of each enquiry is the one the consumer made for the organizer it was sent to.
    op.execute(
        "INSERT INTO received_enquiries (enquiry_id, organizer_id, received_at) "
        "SELECT DISTINCT ON (source_enquiry_id) source_enquiry_id, organizer_id, created_at "
        "FROM bookings WHERE source_enquiry_id IS NOT NULL ORDER BY source_enquiry_id, created_at"
    )


def downgrade() -> None:
    op.drop_table("received_enquiries")
