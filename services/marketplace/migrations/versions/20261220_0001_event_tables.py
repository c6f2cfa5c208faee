"""The event tables (outbox, inbox, dead letters) and the revoked-token read model.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op
from servicekit.auth.revocations.migration_ops import create_revocation_tables, drop_revocation_tables
from servicekit.outbox.migration_ops import create_outbox_tables, drop_outbox_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_outbox_tables(op)
    create_revocation_tables(op)


def downgrade() -> None:
    drop_revocation_tables(op)
    drop_outbox_tables(op)
