"""Bookings, their line items, reservations, activity and schedule history; stock items and parts;
capacity per day; the copy of organizers' profile facts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from calendar_service.adapters.tables import metadata

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# This revision's tables, in creation order (later revisions must not edit adapters/tables.py
# in place for these: they alter with op.* as usual).
TABLES = (
    "organizer_profiles",
    "stock_items",
    "stock_item_parts",
    "daily_capacities",
    "bookings",
    "booking_line_items",
    "booking_reservations",
    "booking_activity",
    "booking_schedule_changes",
)


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        metadata.tables[name].create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        metadata.tables[name].drop(bind)
