"""The bookings that hold stock or capacity now (confirmed, tentative) of an organizer in a window:
what availability, the month view's stock use and the announcements of the days' load read. A
partial index, so the years of completed, cancelled and enquiry bookings stay out of it
(docs/decisions/0048).

Built CONCURRENTLY, outside the migration's transaction: bookings keep being written meanwhile.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NAME = "ix_bookings_in_use"


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.create_index(
            NAME,
            "bookings",
            ["organizer_id", "setup_starts_at", "teardown_ends_at"],
            postgresql_where=sa.text("status IN ('confirmed', 'tentative')"),
            postgresql_concurrently=True,
            if_not_exists=True,
        )


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.drop_index(NAME, "bookings", postgresql_concurrently=True, if_exists=True)
