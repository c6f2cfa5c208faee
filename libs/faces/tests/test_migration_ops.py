"""The Alembic operations create what the MetaData declares, on an empty database."""

from __future__ import annotations

import uuid

from alembic.migration import MigrationContext
from alembic.operations import Operations
from faces.store.migration_ops import create_face_tables, drop_face_tables
from servicekit.db import create_engine
from servicekit.postgres import drop_database, ensure_database, with_database
from sqlalchemy import Connection, inspect


def _upgrade(connection: Connection) -> None:
    create_face_tables(Operations(MigrationContext.configure(connection)))


def _downgrade(connection: Connection) -> None:
    drop_face_tables(Operations(MigrationContext.configure(connection)))


def _indexes(connection: Connection) -> dict[str, list[str]]:
    found = inspect(connection)
    return {
        table: sorted(i["name"] or "" for i in found.get_indexes(table)) for table in found.get_table_names()
    }


async def test_create_face_tables_makes_the_tables_and_the_hnsw_index(pg_server_url: str) -> None:
    url = with_database(pg_server_url, f"test_face_ops_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade)
            indexes = await connection.run_sync(_indexes)
            await connection.run_sync(_downgrade)
            after = await connection.run_sync(_indexes)
    finally:
        await engine.dispose()
        drop_database(url)
    assert "ix_faces_embedding_hnsw" in indexes["faces"]
    assert {"ix_faces_album_id", "ix_faces_photo_id"} <= set(indexes["faces"])
    assert "ix_face_indexing_album_id" in indexes["face_indexing"]
    assert after == {}
