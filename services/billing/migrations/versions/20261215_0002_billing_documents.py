"""Organizer facts, billing profiles, series and their counters, clients, documents, lines, payments
and per-item defaults.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from billing_service.adapters.tables import metadata

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# This revision's tables, in creation order (later revisions must not edit adapters/tables.py
# in place for these: they alter with op.* as usual).
TABLES = (
    "organizer_facts",
    "billing_profiles",
    "document_series",
    "document_counters",
    "clients",
    "documents",
    "document_lines",
    "payments",
    "item_defaults",
)


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        metadata.tables[name].create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        metadata.tables[name].drop(bind)
