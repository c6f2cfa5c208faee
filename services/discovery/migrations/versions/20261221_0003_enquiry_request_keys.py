"""Enquiries remember the app's key of the send that made them, so a retried send returns what its
first attempt made instead of writing to the organizers twice.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 0002 creates its tables from today's metadata, which already holds the column and index on a
    # fresh database: IF NOT EXISTS makes this revision right on both fresh and upgraded databases.
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("ALTER TABLE enquiries ADD COLUMN IF NOT EXISTS request_key text")
    op.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS ux_enquiries_request "
        "ON enquiries (user_id, request_key, organizer_id) WHERE request_key IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ux_enquiries_request")
    op.execute("ALTER TABLE enquiries DROP COLUMN IF EXISTS request_key")
