"""Dispatch sheets and return checks of bookings, stock adjustments (damage, repair, write-off), and
the profile copy's gazetteer place and zone.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _booking(table: str) -> sa.Column[object]:
    fk = sa.ForeignKey("bookings.id", ondelete="CASCADE", name=f"fk_{table}_booking_id_bookings")
    return sa.Column("booking_id", UUID(as_uuid=True), fk, nullable=False)


def _item(table: str) -> sa.Column[object]:
    fk = sa.ForeignKey("stock_items.id", ondelete="CASCADE", name=f"fk_{table}_stock_item_id_stock_items")
    return sa.Column("stock_item_id", UUID(as_uuid=True), fk, nullable=False)


def upgrade() -> None:
    op.add_column("organizer_profiles", sa.Column("place_id", sa.Text()))
    op.add_column("organizer_profiles", sa.Column("timezone", sa.Text()))
    op.create_table(
        "booking_dispatches",
        _booking("booking_dispatches"),
        sa.Column("dispatched_at", TZ, nullable=False),
        sa.Column("recorded_by", UUID(as_uuid=True)),
        sa.Column("loaded_by", sa.Text(), nullable=False),
        sa.Column("vehicle", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("booking_id", name="pk_booking_dispatches"),
    )
    op.create_table(
        "booking_dispatch_lines",
        _booking("booking_dispatch_lines"),
        _item("booking_dispatch_lines"),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", "stock_item_id", name="pk_booking_dispatch_lines"),
        sa.CheckConstraint("quantity > 0", name="ck_booking_dispatch_lines_dispatched_positive"),
    )
    op.create_table(
        "booking_returns",
        _booking("booking_returns"),
        sa.Column("checked_at", TZ, nullable=False),
        sa.Column("recorded_by", UUID(as_uuid=True)),
        sa.Column("checked_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", name="pk_booking_returns"),
    )
    op.create_table(
        "booking_return_lines",
        _booking("booking_return_lines"),
        _item("booking_return_lines"),
        sa.Column("dispatched", sa.Integer(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.Column("damaged", sa.Integer(), nullable=False),
        sa.Column("lost", sa.Integer(), nullable=False),
        sa.Column("charge_paise", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("booking_id", "stock_item_id", name="pk_booking_return_lines"),
        sa.CheckConstraint(
            "returned >= 0 AND damaged >= 0 AND lost >= 0 AND returned + damaged + lost = dispatched",
            name="ck_booking_return_lines_every_unit_counted",
        ),
        sa.CheckConstraint("charge_paise >= 0", name="ck_booking_return_lines_charge_not_negative"),
    )
    op.create_table(
        "stock_adjustments",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        _item("stock_adjustments"),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor_id", UUID(as_uuid=True)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("booking_id", UUID(as_uuid=True)),
        sa.Column("reason", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_stock_adjustments"),
    )
    op.create_index("ix_stock_adjustments_stock_item_id", "stock_adjustments", ["stock_item_id"])


def downgrade() -> None:
    for name in (
        "stock_adjustments",
        "booking_return_lines",
        "booking_returns",
        "booking_dispatch_lines",
        "booking_dispatches",
    ):
        op.drop_table(name)
    op.drop_column("organizer_profiles", "timezone")
    op.drop_column("organizer_profiles", "place_id")
