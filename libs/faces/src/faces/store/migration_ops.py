"""Alembic operations creating the face tables in a service's migration:

    from faces.store.migration_ops import create_face_tables, drop_face_tables

    def upgrade() -> None:
        create_face_tables(op)

The pgvector extension must be available on the server: the embedded PostgreSQL has it; with
DATABASE_URL, PostgreSQL >= 15 with pgvector installed (`CREATE EXTENSION` needs the right to).
"""

from __future__ import annotations

from typing import Any

from faces.store.tables import EMBEDDING_INDEX, HNSW_OPS, HNSW_OPTIONS, face_items, indexing_items


def create_face_tables(op: Any) -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table("faces", *face_items())
    op.create_index(EMBEDDING_INDEX, "faces", ["embedding"], **HNSW_OPTIONS, **HNSW_OPS)
    op.create_table("face_indexing", *indexing_items())


def drop_face_tables(op: Any) -> None:
    op.drop_table("face_indexing")
    op.drop_table("faces")
