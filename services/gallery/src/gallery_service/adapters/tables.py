"""The gallery database's tables (SQLAlchemy Core; migrations/ creates them)."""

from __future__ import annotations

import sqlalchemy as sa
from faces.store.tables import face_tables
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import UUID

metadata = new_metadata()
TZ = sa.DateTime(timezone=True)

albums = sa.Table(
    "albums",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
    sa.Column("title_en", sa.Text(), nullable=False),
    sa.Column("title_te", sa.Text(), nullable=False),
    sa.Column("event_date", sa.Date()),
    sa.Column("venue", sa.Text()),
    sa.Column("booking_id", UUID(as_uuid=True)),
    sa.Column("cover_photo_id", UUID(as_uuid=True)),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("visibility", sa.Text(), nullable=False),
    sa.Column("share_code", sa.Text()),
    sa.Column("share_expires_at", TZ),
    sa.Column("face_search_enabled", sa.Boolean(), nullable=False),
    sa.Column("keep_gps", sa.Boolean(), nullable=False),
    sa.Column("offered", sa.Boolean(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
)

photos = sa.Table(
    "photos",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("album_id", UUID(as_uuid=True), sa.ForeignKey("albums.id", ondelete="CASCADE"), nullable=False),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
    sa.Column("content_sha256", sa.String(64), nullable=False),
    sa.Column("file_name", sa.Text(), nullable=False),
    sa.Column("media_type", sa.Text(), nullable=False),
    sa.Column("bytes", sa.BigInteger(), nullable=False),
    sa.Column("width", sa.Integer(), nullable=False),
    sa.Column("height", sa.Integer(), nullable=False),
    sa.Column("web_width", sa.Integer(), nullable=False),
    sa.Column("web_height", sa.Integer(), nullable=False),
    sa.Column("original_key", sa.Text(), nullable=False),
    sa.Column("web_key", sa.Text(), nullable=False),
    sa.Column("thumbnail_key", sa.Text(), nullable=False),
    sa.Column("had_gps", sa.Boolean(), nullable=False),
    sa.Column("taken_at", TZ),
    sa.Column("created_at", TZ, nullable=False),
)

tus_uploads = sa.Table(
    "tus_uploads",
    metadata,
    sa.Column("id", UUID(as_uuid=True), primary_key=True),
    sa.Column("album_id", UUID(as_uuid=True), sa.ForeignKey("albums.id", ondelete="CASCADE"), nullable=False),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False),
    sa.Column("length", sa.BigInteger(), nullable=False),
    sa.Column("received", sa.BigInteger(), nullable=False),
    sa.Column("file_name", sa.Text(), nullable=False),
    sa.Column("media_type", sa.Text()),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("expires_at", TZ, nullable=False),
)

# Bookings the calendar's events told of, with their organizer (a booking never changes hands).
calendar_bookings = sa.Table(
    "calendar_bookings",
    metadata,
    sa.Column("booking_id", UUID(as_uuid=True), primary_key=True),
    sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
    sa.Column("learned_at", TZ, nullable=False),
)


# The faces engine's tables (libs/faces): one row per face (128-d embedding), one per photo to index.
face_store = face_tables(metadata)
