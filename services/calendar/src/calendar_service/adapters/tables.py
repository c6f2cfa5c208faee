"""The calendar database's tables (SQLAlchemy Core; migrations/ creates them)."""

from __future__ import annotations

import sqlalchemy as sa
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

metadata = new_metadata()
TZ = sa.DateTime(timezone=True)

organizer_profiles = sa.Table(
    "organizer_profiles",
    metadata,
    sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("business_name", sa.Text()),
    sa.Column("gstin", sa.String(15)),
    sa.Column("state_code", sa.String(2)),
    sa.Column("address", JSONB()),
    sa.Column("location_name", sa.Text()),
    sa.Column("latitude", sa.Float()),
    sa.Column("longitude", sa.Float()),
    sa.Column("updated_at", TZ, nullable=False),
    # Since 0004: the gazetteer place and its zone, as users.user.profile_changed carries them.
    sa.Column("place_id", sa.Text()),
    sa.Column("timezone", sa.Text()),
)

stock_items = sa.Table(
    "stock_items",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("unit", sa.Text(), nullable=False),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("out_of_service", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("daily_rent_paise", sa.BigInteger()),
    sa.Column("notes", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.CheckConstraint("quantity >= 0", name="quantity_not_negative"),
    sa.CheckConstraint("out_of_service >= 0 AND out_of_service <= quantity", name="out_of_service_owned"),
)

stock_item_parts = sa.Table(
    "stock_item_parts",
    metadata,
    sa.Column(
        "composite_id",
        UUID(as_uuid=True),
        sa.ForeignKey("stock_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "part_id", UUID(as_uuid=True), sa.ForeignKey("stock_items.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.CheckConstraint("quantity > 0", name="part_quantity_positive"),
)

daily_capacities = sa.Table(
    "daily_capacities",
    metadata,
    sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("unit", sa.String(10), nullable=False),
    sa.Column("per_day", sa.Integer(), nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.CheckConstraint("per_day > 0", name="per_day_positive"),
)

bookings = sa.Table(
    "bookings",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
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
    sa.Column("source_enquiry_id", UUID(as_uuid=True)),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    sa.CheckConstraint("setup_starts_at <= starts_at", name="setup_by_start"),
    sa.CheckConstraint("teardown_ends_at >= ends_at", name="teardown_after_end"),
    sa.Index("ix_bookings_organizer_window", "organizer_id", "setup_starts_at", "teardown_ends_at"),
    sa.Index("ix_bookings_hold_expiry", "hold_expires_at", postgresql_where=sa.text("status = 'tentative'")),
    # Since 0005: the bookings holding stock or capacity now, which day_loads reads.
    sa.Index(
        "ix_bookings_in_use",
        "organizer_id",
        "setup_starts_at",
        "teardown_ends_at",
        postgresql_where=sa.text("status IN ('confirmed', 'tentative')"),
    ),
)

line_items = sa.Table(
    "booking_line_items",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column(
        "booking_id",
        UUID(as_uuid=True),
        sa.ForeignKey("bookings.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("stock_item_id", UUID(as_uuid=True), sa.ForeignKey("stock_items.id", ondelete="CASCADE")),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("agreed_price_paise", sa.BigInteger(), nullable=False),
    sa.CheckConstraint("quantity > 0", name="line_quantity_positive"),
)

# What each booking reserves of plain items (composites exploded into parts), over its whole window.
reservations = sa.Table(
    "booking_reservations",
    metadata,
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "stock_item_id",
        UUID(as_uuid=True),
        sa.ForeignKey("stock_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Index("ix_booking_reservations_item", "stock_item_id"),
)

activity = sa.Table(
    "booking_activity",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("at", TZ, nullable=False),
    sa.Column("actor_id", UUID(as_uuid=True)),
    sa.Column("action", sa.String(20), nullable=False),
    sa.Column("changes", JSONB(), nullable=False),
    sa.Column("note", sa.Text()),
    sa.Index("ix_booking_activity_booking", "booking_id", "id"),
)

schedule_changes = sa.Table(
    "booking_schedule_changes",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column(
        "booking_id",
        UUID(as_uuid=True),
        sa.ForeignKey("bookings.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("changed_at", TZ, nullable=False),
    sa.Column("changed_by", UUID(as_uuid=True)),
    sa.Column("before", JSONB(), nullable=False),
    sa.Column("after", JSONB(), nullable=False),
    sa.Column("reason", sa.Text()),
)

# What left the godown for a booking (one sheet per booking) and what came back (one check).
dispatches = sa.Table(
    "booking_dispatches",
    metadata,
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("dispatched_at", TZ, nullable=False),
    sa.Column("recorded_by", UUID(as_uuid=True)),
    sa.Column("loaded_by", sa.Text(), nullable=False),
    sa.Column("vehicle", sa.Text()),
    sa.Column("notes", sa.Text()),
)

dispatch_lines = sa.Table(
    "booking_dispatch_lines",
    metadata,
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "stock_item_id",
        UUID(as_uuid=True),
        sa.ForeignKey("stock_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.CheckConstraint("quantity > 0", name="dispatched_positive"),
)

returns = sa.Table(
    "booking_returns",
    metadata,
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("checked_at", TZ, nullable=False),
    sa.Column("recorded_by", UUID(as_uuid=True)),
    sa.Column("checked_by", sa.Text(), nullable=False),
)

return_lines = sa.Table(
    "booking_return_lines",
    metadata,
    sa.Column(
        "booking_id", UUID(as_uuid=True), sa.ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "stock_item_id",
        UUID(as_uuid=True),
        sa.ForeignKey("stock_items.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("dispatched", sa.Integer(), nullable=False),
    sa.Column("returned", sa.Integer(), nullable=False),
    sa.Column("damaged", sa.Integer(), nullable=False),
    sa.Column("lost", sa.Integer(), nullable=False),
    sa.Column("charge_paise", sa.BigInteger(), nullable=False),
    sa.Column("note", sa.Text()),
    sa.CheckConstraint(
        "returned >= 0 AND damaged >= 0 AND lost >= 0 AND returned + damaged + lost = dispatched",
        name="every_unit_counted",
    ),
    sa.CheckConstraint("charge_paise >= 0", name="charge_not_negative"),
)

# Every change of an item's owned or out-of-service count that is not a booking: damaged or lost at
# a return check, repaired, written off, recounted.
stock_adjustments = sa.Table(
    "stock_adjustments",
    metadata,
    sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
    sa.Column(
        "stock_item_id",
        UUID(as_uuid=True),
        sa.ForeignKey("stock_items.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("at", TZ, nullable=False),
    sa.Column("actor_id", UUID(as_uuid=True)),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("quantity", sa.Integer(), nullable=False),
    sa.Column("booking_id", UUID(as_uuid=True)),
    sa.Column("reason", sa.Text()),
)

# Since 0006: each organizer's latest calendar.availability.changed; its row lock orders announcements.
availability_announcements = sa.Table(
    "availability_announcements",
    metadata,
    sa.Column("organizer_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("announced_at", TZ, nullable=False),
)

# The directory's enquiries the calendar received for each organizer (discovery.enquiry.created): a
# booking may name one as its source only if it was sent to the booking's organizer.
received_enquiries = sa.Table(
    "received_enquiries",
    metadata,
    sa.Column("enquiry_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_received_enquiries_organizer", "organizer_id"),
)
