"""The faces engine's tables (libs/faces): faces (128-d embeddings, HNSW index) and face_indexing.

Needs the pgvector extension (the embedded PostgreSQL has it).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op
from faces.store.migration_ops import create_face_tables, drop_face_tables

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_face_tables(op)


def downgrade() -> None:
    drop_face_tables(op)
