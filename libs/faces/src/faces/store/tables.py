"""The `faces` table (one row per face found: photo, album, box, 128-d embedding, hidden flag) and
`face_indexing` (one row per photo announced to the indexing worker: its state, for progress).

Declared on the MetaData of the service that imports them, so its Alembic tree owns them. The
columns are built by one function for both the MetaData and the migration (`migration_ops`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Identity,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    Uuid,
    false,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.schema import SchemaItem

EMBEDDING_DIMENSIONS = 128
JOB_STATES = ("pending", "done", "failed")
EMBEDDING_INDEX = "ix_faces_embedding_hnsw"
HNSW_OPTIONS: dict[str, Any] = {
    "postgresql_using": "hnsw",
    "postgresql_with": {"m": 16, "ef_construction": 64},
}
HNSW_OPS: dict[str, Any] = {"postgresql_ops": {"embedding": "vector_l2_ops"}}


def face_items() -> list[SchemaItem]:
    return [
        Column("id", BigInteger, Identity(), primary_key=True),
        Column("photo_id", Uuid, nullable=False, index=True),
        Column("album_id", Uuid, nullable=False, index=True),
        Column("box_left", Integer, nullable=False),
        Column("box_top", Integer, nullable=False),
        Column("box_width", Integer, nullable=False),
        Column("box_height", Integer, nullable=False),
        Column("embedding", Vector(EMBEDDING_DIMENSIONS), nullable=False),
        # A guest who asked to be hidden: excluded from every later search of the album.
        Column("hidden", Boolean, nullable=False, server_default=false()),
        Column("indexed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    ]


def embedding_index(table: Table) -> Index:
    """HNSW over L2 distance: serves searches of albums too large to scan (see `search`)."""
    return Index(EMBEDDING_INDEX, table.c.embedding, **HNSW_OPTIONS, **HNSW_OPS)


def indexing_items() -> list[SchemaItem]:
    return [
        Column("photo_id", Uuid, primary_key=True),
        Column("album_id", Uuid, nullable=False, index=True),
        Column("storage_key", Text, nullable=False),
        # The event that asked for it, parked as a dead letter if the photo cannot be read.
        Column("envelope", JSONB, nullable=False),
        Column("state", Text, nullable=False, server_default="pending"),
        Column("faces", Integer),
        Column("error_code", Text),
        Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
        CheckConstraint(f"state IN {JOB_STATES!r}", name="state"),
    ]


@dataclass(frozen=True)
class FaceTables:
    faces: Table
    indexing: Table


def face_tables(metadata: MetaData) -> FaceTables:
    """Declare `faces` and `face_indexing` on a service's MetaData (once per MetaData)."""
    faces = Table("faces", metadata, *face_items())
    embedding_index(faces)
    indexing = Table("face_indexing", metadata, *indexing_items())
    return FaceTables(faces=faces, indexing=indexing)
