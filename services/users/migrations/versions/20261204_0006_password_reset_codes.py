"""Password reset by email: the live code per email, and how many codes each email and client address
asked for (docs/decisions/0016).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'password_reset_codes',
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('code_hash', sa.Text(), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('tries_left', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('email', name=op.f('pk_password_reset_codes')),
    )
    op.create_table(
        'reset_request_levels',
        sa.Column('scope', sa.String(length=10), nullable=False),
        sa.Column('key', sa.String(length=254), nullable=False),
        sa.Column('level', sa.Float(), nullable=False),
        sa.Column('last_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("scope IN ('email', 'address')", name=op.f('ck_reset_request_levels_scope')),
        sa.PrimaryKeyConstraint('scope', 'key', name=op.f('pk_reset_request_levels')),
    )


def downgrade() -> None:
    op.drop_table('reset_request_levels')
    op.drop_table('password_reset_codes')
