"""Sign-in failures per (email, client address) and per client address, replacing the per-email lockout.

The old counts are dropped, not carried over: they hold no address, and at worst someone waits a
little less once.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table('login_attempts')
    op.create_table(
        'login_failures',
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('client_address', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('email', 'client_address', name=op.f('pk_login_failures')),
    )
    op.create_table(
        'address_login_failures',
        sa.Column('client_address', sa.String(length=64), nullable=False),
        sa.Column('failure_level', sa.Float(), nullable=False),
        sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('client_address', name=op.f('pk_address_login_failures')),
    )


def downgrade() -> None:
    op.drop_table('address_login_failures')
    op.drop_table('login_failures')
    op.create_table(
        'login_attempts',
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('consecutive_failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('email', name=op.f('pk_login_attempts')),
    )
