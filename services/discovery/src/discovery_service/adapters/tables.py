"""The discovery database's tables (SQLAlchemy Core; migrations/ creates them)."""

from __future__ import annotations

import sqlalchemy as sa
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from textsearch import words_column

metadata = new_metadata()
TZ = sa.DateTime(timezone=True)
ID = UUID(as_uuid=True)
TEXTS = ARRAY(sa.Text())

# An organizer's public profile. `services` is {slug: {"min_paise", "max_paise"}}; the arrays beside it
# are what the search filters on (GIN); `search_key` is textsearch's key of the names, about and services.
organizer_listings = sa.Table(
    "organizer_listings",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("display_name", sa.Text(), nullable=False),
    sa.Column("display_name_te", sa.Text()),
    sa.Column("about", sa.Text()),
    sa.Column("services", JSONB(), nullable=False),
    sa.Column("service_slugs", TEXTS, nullable=False),
    sa.Column("district_ids", TEXTS, nullable=False),
    sa.Column("languages", TEXTS, nullable=False),
    sa.Column("contact_ways", TEXTS, nullable=False),
    sa.Column("contact_phone", sa.Text()),
    sa.Column("contact_email", sa.Text()),
    sa.Column("min_price_paise", sa.BigInteger(), nullable=False),
    sa.Column("search_key", sa.Text(), nullable=False),
    words_column("search_words", "search_key"),
    sa.Column("published", sa.Boolean(), nullable=False),
    sa.Column("deactivated", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("rating_sum", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("rating_count", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.Index("ix_listings_services", "service_slugs", postgresql_using="gin"),
    sa.Index("ix_listings_districts", "district_ids", postgresql_using="gin"),
)

# The read model of calendar.availability.changed: an organizer's day with no capacity left `is_full`.
# `changed_at` is the event's time (an older event never overwrites a newer row); `recorded_at` when
# discovery learnt it (the lag bench/discovery.py measures).
organizer_day_loads = sa.Table(
    "organizer_day_loads",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("day", sa.Date(), primary_key=True),
    sa.Column("is_full", sa.Boolean(), nullable=False),
    sa.Column("changed_at", TZ, nullable=False),
    sa.Column("recorded_at", TZ, nullable=False, server_default=sa.func.now()),
    sa.Index("ix_day_loads_full_days", "day", "organizer_id", postgresql_where=sa.text("is_full")),
)

enquiries = sa.Table(
    "enquiries",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("batch_id", ID, nullable=False),
    sa.Column("user_id", ID, nullable=False),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("preferred_dates", ARRAY(sa.Date()), nullable=False),
    sa.Column("district_id", sa.Text(), nullable=False),
    sa.Column("pin_code", sa.String(6), nullable=False),
    sa.Column("guest_count", sa.Integer()),
    sa.Column("budget_min_paise", sa.BigInteger()),
    sa.Column("budget_max_paise", sa.BigInteger()),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("contact_name", sa.Text(), nullable=False),
    sa.Column("contact_phone", sa.Text(), nullable=False),
    sa.Column("status", sa.Text(), nullable=False),
    sa.Column("booking_id", ID),
    sa.Column("status_changed_at", TZ, nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("request_key", sa.Text()),
    sa.Index("ix_enquiries_user", "user_id", "created_at"),
    # A retried send finds what its first attempt made; the index refuses a second set.
    sa.Index(
        "ux_enquiries_request",
        "user_id",
        "request_key",
        "organizer_id",
        unique=True,
        postgresql_where=sa.text("request_key IS NOT NULL"),
    ),
    sa.Index("ix_enquiries_organizer", "organizer_id", "created_at"),
)

enquiry_messages = sa.Table(
    "enquiry_messages",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("enquiry_id", ID, sa.ForeignKey("enquiries.id", ondelete="CASCADE"), nullable=False),
    sa.Column("author_id", ID, nullable=False),
    sa.Column("from_organizer", sa.Boolean(), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Index("ix_enquiry_messages_thread", "enquiry_id", "created_at"),
)

organizer_blocks = sa.Table(
    "organizer_blocks",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("created_at", TZ, nullable=False),
)

# A user who blocked an organizer: no messages from them in the user's threads, no enquiry to them.
user_blocks = sa.Table(
    "user_blocks",
    metadata,
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("created_at", TZ, nullable=False),
)

# The organizer's in-app list of what happened (a new enquiry, a message).
organizer_notifications = sa.Table(
    "organizer_notifications",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("enquiry_id", ID, sa.ForeignKey("enquiries.id", ondelete="CASCADE")),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("summary", sa.Text(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("read_at", TZ),
    sa.Index("ix_notifications_organizer", "organizer_id", "created_at"),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column(
        "enquiry_id", ID, sa.ForeignKey("enquiries.id", ondelete="CASCADE"), nullable=False, unique=True
    ),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("user_id", ID, nullable=False),
    sa.Column("rating", sa.SmallInteger(), nullable=False),
    sa.Column("body", sa.Text()),
    sa.Column("reply", sa.Text()),
    sa.Column("replied_at", TZ),
    sa.Column("status", sa.Text(), nullable=False),
    sa.Column("moderated_by", ID),
    sa.Column("moderation_note", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
    sa.CheckConstraint("rating BETWEEN 1 AND 5", name="review_rating_range"),
    sa.Index("ix_reviews_organizer", "organizer_id", "created_at"),
)

public_events = sa.Table(
    "public_events",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("publisher_id", ID, nullable=False),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("starts_at", TZ, nullable=False),
    sa.Column("ends_at", TZ, nullable=False),
    sa.Column("venue", sa.Text(), nullable=False),
    sa.Column("district_id", sa.Text(), nullable=False),
    sa.Column("map_link", sa.Text()),
    sa.Column("description", sa.Text()),
    sa.Column("entry", sa.Text(), nullable=False),
    sa.Column("entry_link", sa.Text()),
    sa.Column("interested_count", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("created_at", TZ, nullable=False),
    sa.Index("ix_public_events_district_day", "district_id", "starts_at"),
)

public_event_interests = sa.Table(
    "public_event_interests",
    metadata,
    sa.Column("event_id", ID, sa.ForeignKey("public_events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("created_at", TZ, nullable=False),
)


def column_names(table: sa.Table) -> list[str]:
    """The names of a table's columns (to build a row from a dataclass of the same fields)."""
    return [column.name for column in table.columns]
