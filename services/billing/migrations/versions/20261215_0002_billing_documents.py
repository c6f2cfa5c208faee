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

# This revision's tables, in creation order (later revisions alter them with op.* as usual).
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


# Columns (and their checks) that later revisions add to these tables: the tables are made from today's
# model, so they are taken off again here and each later revision finds the schema it was written for.
# (table, checks, indexes, columns), newest revision first.
ADDED_LATER = (
    ("documents", (), ("ix_documents_order",), ("order_id",)),  # 0005
    ("documents", ("ck_documents_challan_has_purpose",), (), ("purpose", "delivery")),  # 0004
)


def upgrade() -> None:
    bind = op.get_bind()
    for name in TABLES:
        metadata.tables[name].create(bind)
    for table, checks, indexes, columns in ADDED_LATER:
        for check in checks:
            op.drop_constraint(op.f(check), table, type_="check")
        for index in indexes:
            op.drop_index(op.f(index), table_name=table)
        for column in columns:
            op.drop_column(table, column)


def downgrade() -> None:
    bind = op.get_bind()
    for name in reversed(TABLES):
        metadata.tables[name].drop(bind)
