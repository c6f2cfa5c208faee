"""Per organizer, the moment of the latest calendar.availability.changed: announcing a day takes this
row's lock, so two changes of one organizer's days announce one after the other, the second seeing
the first and stamped after it (docs/decisions/0048).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "availability_announcements",
        sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("announced_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("availability_announcements")
