"""Face data in real PostgreSQL with pgvector: search within albums, hide me, deletion, retention."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faces.detection import Face, detect_faces
from faces.matching import Tier
from faces.selfie import selfie_face
from faces.store import FaceTables, face_tables
from faces.store.search import find_photos
from faces.store.writes import (
    delete_album_faces,
    delete_photo_faces,
    hide_person,
    purge_faces_indexed_before,
    store_photo_faces,
)
from servicekit.db import create_engine, new_metadata
from servicekit.postgres import drop_database, ensure_database, with_database
from sqlalchemy import text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

PHOTOS = {
    "obama": "fr/test_obama1.jpg",
    "obama_and_biden": "fr/test_obama_and_biden.jpg",
    "biden": "fr/train_biden_biden2.jpg",
    "kit_and_rose": "fr/test_kit_with_rose.jpg",
}
SELFIES = {"obama": "fr/train_obama_obama.jpg", "biden": "fr/biden.jpg"}


@pytest.fixture(scope="module")
def photo_faces(dataset: Path) -> dict[str, list[Face]]:
    return {name: detect_faces((dataset / file).read_bytes()) for name, file in PHOTOS.items()}


@pytest.fixture(scope="module")
def selfies(dataset: Path) -> dict[str, Face]:
    return {name: selfie_face((dataset / file).read_bytes()) for name, file in SELFIES.items()}


@pytest.fixture(scope="module")
def tables() -> FaceTables:
    return face_tables(new_metadata())


@pytest.fixture(scope="module")
def database_url(pg_server_url: str) -> Iterator[str]:
    url = with_database(pg_server_url, f"test_faces_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    yield url
    drop_database(url)


@pytest.fixture
async def sessions(database_url: str, tables: FaceTables) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine: AsyncEngine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
        await connection.run_sync(tables.faces.metadata.drop_all)
        await connection.run_sync(tables.faces.metadata.create_all)
    yield async_sessionmaker(engine, expire_on_commit=False)
    await engine.dispose()


ALBUM, OTHER_ALBUM = uuid.uuid4(), uuid.uuid4()


async def _store_all(
    sessions: async_sessionmaker[AsyncSession], tables: FaceTables, photo_faces: dict[str, list[Face]]
) -> dict[str, uuid.UUID]:
    ids = {name: uuid.uuid4() for name in photo_faces}
    async with sessions.begin() as session:
        for name, faces in photo_faces.items():
            album = OTHER_ALBUM if name == "biden" else ALBUM
            await store_photo_faces(session, tables, photo_id=ids[name], album_id=album, faces=faces)
    return ids


async def test_a_selfie_finds_exactly_the_photos_of_that_person_in_the_album(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    ids = await _store_all(sessions, tables, photo_faces)
    async with sessions() as session:
        matches = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM])
    assert {m.photo_id for m in matches} == {ids["obama"], ids["obama_and_biden"]}
    assert all(m.tier is Tier.MATCH for m in matches)


async def test_only_the_albums_asked_for_are_searched(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    ids = await _store_all(sessions, tables, photo_faces)
    async with sessions() as session:
        in_album = await find_photos(session, tables, selfies["biden"].embedding, [ALBUM])
        in_both = await find_photos(session, tables, selfies["biden"].embedding, [ALBUM, OTHER_ALBUM])
        in_none = await find_photos(session, tables, selfies["biden"].embedding, [])
    assert {m.photo_id for m in in_album} == {ids["obama_and_biden"]}
    assert {m.photo_id for m in in_both} == {ids["obama_and_biden"], ids["biden"]}
    assert in_none == []


async def test_the_hnsw_index_finds_the_same_photos_on_a_small_album(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    await _store_all(sessions, tables, photo_faces)
    async with sessions.begin() as session:
        exact = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM], use_index=False)
        indexed = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM], use_index=True)
    assert [m.photo_id for m in indexed] == [m.photo_id for m in exact]


async def test_a_hidden_guest_is_left_out_of_later_searches_and_later_photos(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    ids = await _store_all(sessions, tables, photo_faces)
    async with sessions.begin() as session:
        hidden = await hide_person(session, tables, album_id=ALBUM, embedding=selfies["obama"].embedding)
        # A photo of him uploaded after he asked.
        await store_photo_faces(
            session, tables, photo_id=uuid.uuid4(), album_id=ALBUM, faces=photo_faces["obama"]
        )
    async with sessions() as session:
        obama = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM])
        biden = await find_photos(session, tables, selfies["biden"].embedding, [ALBUM])
    assert hidden == 2
    assert obama == []
    assert {m.photo_id for m in biden} == {ids["obama_and_biden"]}


async def test_deleting_a_photo_or_an_album_deletes_their_faces(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    ids = await _store_all(sessions, tables, photo_faces)
    async with sessions.begin() as session:
        await delete_photo_faces(session, tables, photo_id=ids["obama"])
    async with sessions() as session:
        after_photo = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM])
    async with sessions.begin() as session:
        await delete_album_faces(session, tables, album_id=ALBUM)
    async with sessions() as session:
        after_album = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM, OTHER_ALBUM])
        biden = await find_photos(session, tables, selfies["biden"].embedding, [OTHER_ALBUM])
    assert {m.photo_id for m in after_photo} == {ids["obama_and_biden"]}
    assert after_album == []
    assert {m.photo_id for m in biden} == {ids["biden"]}


async def test_faces_past_the_retention_period_are_purged(
    sessions: async_sessionmaker[AsyncSession],
    tables: FaceTables,
    photo_faces: dict[str, list[Face]],
    selfies: dict[str, Face],
) -> None:
    ids = await _store_all(sessions, tables, photo_faces)
    now = datetime.now(UTC)
    async with sessions.begin() as session:
        await session.execute(
            update(tables.faces)
            .where(tables.faces.c.photo_id == ids["obama"])
            .values(indexed_at=now - timedelta(days=400))
        )
        purged = await purge_faces_indexed_before(session, tables, now - timedelta(days=365))
    async with sessions() as session:
        matches = await find_photos(session, tables, selfies["obama"].embedding, [ALBUM])
    assert purged == len(photo_faces["obama"])
    assert {m.photo_id for m in matches} == {ids["obama_and_biden"]}
