"""Sign-in by a code sent to a phone: when an account's phone was proven (unique among proven
phones), the live code per phone, and how many codes each phone and client address asked for
(docs/decisions/0041).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('users', sa.Column('phone_verified_at', sa.DateTime(timezone=True), nullable=True))
    # No row has a proven phone yet, so the index builds over nothing.
    op.create_index(
        'uq_users_verified_phone',
        'users',
        ['phone'],
        unique=True,
        postgresql_where=sa.text('phone_verified_at IS NOT NULL'),
    )
    op.create_table(
        'phone_codes',
        sa.Column('phone', sa.String(length=16), nullable=False),
        sa.Column('code_hash', sa.Text(), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('tries_left', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('phone', name=op.f('pk_phone_codes')),
    )
    op.create_table(
        'phone_code_request_levels',
        sa.Column('scope', sa.String(length=10), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('level', sa.Float(), nullable=False),
        sa.Column('last_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("scope IN ('phone', 'address')", name=op.f('ck_phone_code_request_levels_scope')),
        sa.PrimaryKeyConstraint('scope', 'key', name=op.f('pk_phone_code_request_levels')),
    )


def downgrade() -> None:
    op.drop_table('phone_code_request_levels')
    op.drop_table('phone_codes')
    op.drop_index('uq_users_verified_phone', table_name='users')
    op.drop_column('users', 'phone_verified_at')
