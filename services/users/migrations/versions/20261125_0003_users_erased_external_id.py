"""The identity provider's id of an erased account, kept until the provider's account is deleted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('users', sa.Column('erased_external_id', sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column('users', 'erased_external_id')
