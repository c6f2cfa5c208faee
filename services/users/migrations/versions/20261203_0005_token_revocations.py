"""The token-revocation read model servicekit's verifier reads (docs/decisions/0010).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

from alembic import op
from servicekit.auth.revocations.migration_ops import create_revocation_tables, drop_revocation_tables

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_revocation_tables(op)


def downgrade() -> None:
    drop_revocation_tables(op)
