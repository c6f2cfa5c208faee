"""The organizer's logo and signature for printed documents; booking changes flagged on documents.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

from billing_service.adapters.tables import metadata

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("profile_images", "booking_changes")


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        metadata.tables[name].create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        metadata.tables[name].drop(bind)
