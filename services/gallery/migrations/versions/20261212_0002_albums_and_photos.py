"""Albums, their photos, and resumable (tus) uploads in progress.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "albums",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_te", sa.Text(), nullable=False),
        sa.Column("event_date", sa.Date()),
        sa.Column("venue", sa.Text()),
        sa.Column("booking_id", UUID(as_uuid=True), unique=True),
        sa.Column("cover_photo_id", UUID(as_uuid=True)),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("visibility", sa.Text(), nullable=False, server_default="private"),
        sa.Column("share_code", sa.Text(), unique=True),
        sa.Column("share_expires_at", TZ),
        sa.Column("face_search_enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("keep_gps", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("offered", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.CheckConstraint("visibility IN ('private', 'link', 'public')", name="album_visibility_known"),
        sa.CheckConstraint("visibility <> 'link' OR share_code IS NOT NULL", name="link_shared_has_code"),
    )
    op.create_table(
        "photos",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("album_id", UUID(as_uuid=True), sa.ForeignKey("albums.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
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
        sa.UniqueConstraint("album_id", "content_sha256", name="photo_once_per_album"),
    )
    op.create_index("photos_by_album", "photos", ["album_id", "created_at", "id"])
    op.create_table(
        "tus_uploads",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("album_id", UUID(as_uuid=True), sa.ForeignKey("albums.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organizer_id", UUID(as_uuid=True), nullable=False, index=True),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.CheckConstraint("received >= 0 AND received <= length", name="received_within_length"),
    )


def downgrade() -> None:
    op.drop_table("tus_uploads")
    op.drop_index("photos_by_album", table_name="photos")
    op.drop_table("photos")
    op.drop_table("albums")
