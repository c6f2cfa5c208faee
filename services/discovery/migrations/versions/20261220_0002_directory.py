"""The directory: listings with their search key (pg_trgm + full text), the availability read model,
enquiries with their threads, blocks, notifications, reviews, public events.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op
from textsearch import TRIGRAM_EXTENSION, index_statements

from discovery_service.adapters.tables import metadata

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# This revision's tables, in creation order (later revisions alter them with op.* as usual).
TABLES = (
    "organizer_listings",
    "organizer_day_loads",
    "enquiries",
    "enquiry_messages",
    "organizer_blocks",
    "organizer_notifications",
    "reviews",
    "public_events",
    "public_event_interests",
)


def upgrade() -> None:
    op.execute(TRIGRAM_EXTENSION)
    bind = op.get_bind()
    for name in TABLES:
        metadata.tables[name].create(bind)
    for statement in index_statements("organizer_listings", "search_key", "search_words"):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        metadata.tables[name].drop(bind)
