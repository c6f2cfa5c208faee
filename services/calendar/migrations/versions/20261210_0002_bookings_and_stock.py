"""Bookings, their line items, reservations, activity and schedule history; stock items and parts;
capacity per day; the copy of organizers' profile facts.

Explicit DDL, frozen as it was first applied: later model changes in adapters/tables.py come with a
new revision of their own, never an edit here (tests/integration/test_migrations.py checks that the
migrated database and the models agree).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _uuid(name: str, *args: object, **kwargs: object) -> sa.Column[object]:
    return sa.Column(name, UUID(as_uuid=True), *args, **kwargs)  # type: ignore[arg-type]


def _booking_fk(table: str) -> sa.ForeignKey:
    return sa.ForeignKey("bookings.id", ondelete="CASCADE", name=f"fk_{table}_booking_id_bookings")


def _item_fk(table: str, column: str) -> sa.ForeignKey:
    return sa.ForeignKey("stock_items.id", ondelete="CASCADE", name=f"fk_{table}_{column}_stock_items")


def upgrade() -> None:
    op.create_table(
        "organizer_profiles",
        _uuid("organizer_id", primary_key=True),
        sa.Column("business_name", sa.Text()),
        sa.Column("gstin", sa.String(15)),
        sa.Column("state_code", sa.String(2)),
        sa.Column("address", JSONB()),
        sa.Column("location_name", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("organizer_id", name="pk_organizer_profiles"),
    )
    op.create_table(
        "stock_items",
        _uuid("id", nullable=False),
        _uuid("organizer_id", nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("out_of_service", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("daily_rent_paise", sa.BigInteger()),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stock_items"),
        sa.CheckConstraint("quantity >= 0", name="ck_stock_items_quantity_not_negative"),
        sa.CheckConstraint(
            "out_of_service >= 0 AND out_of_service <= quantity", name="ck_stock_items_out_of_service_owned"
        ),
    )
    op.create_index("ix_stock_items_organizer_id", "stock_items", ["organizer_id"])
    op.create_table(
        "stock_item_parts",
        _uuid("composite_id", _item_fk("stock_item_parts", "composite_id"), nullable=False),
        _uuid("part_id", _item_fk("stock_item_parts", "part_id"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("composite_id", "part_id", name="pk_stock_item_parts"),
        sa.CheckConstraint("quantity > 0", name="ck_stock_item_parts_part_quantity_positive"),
    )
    op.create_table(
        "daily_capacities",
        _uuid("organizer_id", nullable=False),
        sa.Column("unit", sa.String(10), nullable=False),
        sa.Column("per_day", sa.Integer(), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("organizer_id", name="pk_daily_capacities"),
        sa.CheckConstraint("per_day > 0", name="ck_daily_capacities_per_day_positive"),
    )
    _bookings()
    _booking_children()


def _bookings() -> None:
    op.create_table(
        "bookings",
        _uuid("id", nullable=False),
        _uuid("organizer_id", nullable=False),
        sa.Column("event_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("starts_at", TZ, nullable=False),
        sa.Column("ends_at", TZ, nullable=False),
        sa.Column("setup_starts_at", TZ, nullable=False),
        sa.Column("teardown_ends_at", TZ, nullable=False),
        sa.Column("hold_expires_at", TZ),
        sa.Column("venue", JSONB(), nullable=False),
        sa.Column("client_name", sa.Text(), nullable=False),
        sa.Column("client_phones", ARRAY(sa.Text()), nullable=False),
        sa.Column("client_email", sa.Text()),
        sa.Column("client_birth_nakshatra", sa.String(20)),
        sa.Column("guest_count", sa.Integer()),
        sa.Column("details", sa.Text()),
        sa.Column("agreed_total_paise", sa.BigInteger(), nullable=False),
        sa.Column("advance_paise", sa.BigInteger(), nullable=False),
        sa.Column("damage_charges_paise", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("notes", sa.Text()),
        sa.Column("cancellation_reason", sa.Text()),
        _uuid("source_enquiry_id"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bookings"),
        sa.CheckConstraint("ends_at > starts_at", name="ck_bookings_ends_after_start"),
        sa.CheckConstraint("setup_starts_at <= starts_at", name="ck_bookings_setup_by_start"),
        sa.CheckConstraint("teardown_ends_at >= ends_at", name="ck_bookings_teardown_after_end"),
    )
    op.create_index(
        "ix_bookings_organizer_window", "bookings", ["organizer_id", "setup_starts_at", "teardown_ends_at"]
    )
    op.create_index(
        "ix_bookings_hold_expiry",
        "bookings",
        ["hold_expires_at"],
        postgresql_where=sa.text("status = 'tentative'"),
    )


def _booking_children() -> None:
    op.create_table(
        "booking_line_items",
        _uuid("id", nullable=False),
        _uuid("booking_id", _booking_fk("booking_line_items"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        _uuid("stock_item_id", _item_fk("booking_line_items", "stock_item_id")),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("agreed_price_paise", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_booking_line_items"),
        sa.CheckConstraint("quantity > 0", name="ck_booking_line_items_line_quantity_positive"),
    )
    op.create_index("ix_booking_line_items_booking_id", "booking_line_items", ["booking_id"])
    op.create_table(
        "booking_reservations",
        _uuid("booking_id", _booking_fk("booking_reservations"), nullable=False),
        _uuid("stock_item_id", _item_fk("booking_reservations", "stock_item_id"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", "stock_item_id", name="pk_booking_reservations"),
    )
    op.create_index("ix_booking_reservations_item", "booking_reservations", ["stock_item_id"])
    op.create_table(
        "booking_activity",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        _uuid("booking_id", _booking_fk("booking_activity"), nullable=False),
        sa.Column("at", TZ, nullable=False),
        _uuid("actor_id"),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", JSONB(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_booking_activity"),
    )
    op.create_index("ix_booking_activity_booking", "booking_activity", ["booking_id", "id"])
    op.create_table(
        "booking_schedule_changes",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        _uuid("booking_id", _booking_fk("booking_schedule_changes"), nullable=False),
        sa.Column("changed_at", TZ, nullable=False),
        _uuid("changed_by"),
        sa.Column("before", JSONB(), nullable=False),
        sa.Column("after", JSONB(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_booking_schedule_changes"),
    )
    op.create_index("ix_booking_schedule_changes_booking_id", "booking_schedule_changes", ["booking_id"])


def downgrade() -> None:
    for name in (
        "booking_schedule_changes",
        "booking_activity",
        "booking_reservations",
        "booking_line_items",
        "bookings",
        "daily_capacities",
        "stock_item_parts",
        "stock_items",
        "organizer_profiles",
    ):
        op.drop_table(name)
