"""The indexing worker on real PostgreSQL and a real process pool: progress, dead letters, search."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from contracts.gallery import PHOTO_UPLOADED, PhotoUploadedV1
from faces.detection import detect_faces
from faces.errors import NoFaceFound
from faces.indexing.consumer import register_indexing
from faces.indexing.progress import album_progress
from faces.indexing.worker import IndexingWorker
from faces.pool import FacePool
from faces.selfie_search import find_my_photos
from faces.store import FaceTables, face_tables
from servicekit.consumers import HandlerRegistry
from servicekit.consumers.dead_letters import list_dead_letters
from servicekit.db import create_engine, new_metadata
from servicekit.events import Envelope
from servicekit.outbox.tables import outbox_metadata
from servicekit.postgres import drop_database, ensure_database, with_database
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from .conftest import encoded


class FolderPhotos:
    """The gallery's storage as the worker reads it: a folder of files by key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    async def get(self, key: str) -> bytes:
        return (self.folder / key).read_bytes()


@pytest.fixture(scope="module")
def database_url(pg_server_url: str) -> Iterator[str]:
    url = with_database(pg_server_url, f"test_indexing_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    yield url
    drop_database(url)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def tables(engine: AsyncEngine) -> FaceTables:
    tables = face_tables(new_metadata())
    async with engine.begin() as connection:
        await connection.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
        for metadata in (tables.faces.metadata, outbox_metadata):
            await connection.run_sync(metadata.drop_all)
            await connection.run_sync(metadata.create_all)
    return tables


@pytest.fixture(scope="module")
async def pool() -> AsyncIterator[FacePool]:
    async with FacePool(workers=2) as pool:
        yield pool


def uploaded(photo_id: uuid.UUID, album_id: uuid.UUID, key: str) -> Envelope:
    return Envelope(
        id=uuid.uuid4(),
        type=PHOTO_UPLOADED,
        version=1,
        occurred_at=datetime.now(UTC),
        producer="gallery",
        key=str(photo_id),
        trace_id=None,
        payload=PhotoUploadedV1(
            photo_id=photo_id,
            album_id=album_id,
            organizer_id=album_id,
            occurred_at=datetime.now(UTC),
            content_sha256="0" * 64,
            original_key=f"originals/{key}",
            original_media_type="image/jpeg",
            web_key=key,
            width=2048,
            height=1536,
            web_width=2048,
            web_height=1536,
            face_search_enabled=True,
        ).model_dump(mode="json"),
    )


async def test_the_worker_indexes_readable_photos_and_parks_the_rest(
    engine: AsyncEngine, tables: FaceTables, pool: FacePool, dataset: Path, tmp_path: Path
) -> None:
    (tmp_path / "obama.jpg").write_bytes((dataset / "fr/test_obama1.jpg").read_bytes())
    (tmp_path / "group.jpg").write_bytes((dataset / "fr/test_kit_with_rose.jpg").read_bytes())
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    album = uuid.uuid4()
    photos = {name: uuid.uuid4() for name in ("obama.jpg", "group.jpg", "broken.jpg", "gone.jpg")}
    registry = HandlerRegistry()
    register_indexing(registry, tables)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    envelopes = [uploaded(photo_id, album, key) for key, photo_id in photos.items()]
    async with sessions.begin() as session:
        for envelope in envelopes:
            handler = registry.handler_for(envelope)
            assert handler is not None
            await handler(session, envelope)
        before = await album_progress(session, tables, album)

    worker = IndexingWorker(sessions, tables, FolderPhotos(tmp_path), pool)
    taken = await worker.run_once()
    async with sessions() as session:
        after = await album_progress(session, tables, album)
        found = await find_my_photos(
            session, tables, pool, (dataset / "fr/train_obama_obama.jpg").read_bytes(), [album]
        )
    parked = await list_dead_letters(engine)

    assert (before.indexed, before.failed, before.total) == (0, 0, 4)
    assert taken == 4
    assert (after.indexed, after.failed, after.pending, after.faces) == (2, 2, 0, 3)
    assert sorted(d.error.split(":")[0] for d in parked) == ["IMAGE_UNREADABLE", "PHOTO_MISSING"]
    assert {d.key for d in parked} == {str(photos["broken.jpg"]), str(photos["gone.jpg"])}
    assert [m.photo_id for m in found.matches] == [photos["obama.jpg"]]
    assert await worker.run_once() == 0


async def test_a_replayed_dead_letter_puts_the_photo_back_in_the_queue(
    engine: AsyncEngine, tables: FaceTables, pool: FacePool, dataset: Path, tmp_path: Path
) -> None:
    album, photo = uuid.uuid4(), uuid.uuid4()
    registry = HandlerRegistry()
    register_indexing(registry, tables)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    envelope = uploaded(photo, album, "late.jpg")
    handler = registry.handler_for(envelope)
    assert handler is not None
    async with sessions.begin() as session:
        await handler(session, envelope)
    worker = IndexingWorker(sessions, tables, FolderPhotos(tmp_path), pool)
    await worker.run_once()  # not in storage yet: parked
    (tmp_path / "late.jpg").write_bytes((dataset / "bbt/raj1.png").read_bytes())
    async with sessions.begin() as session:
        await handler(session, envelope)  # what `eventxperts dlq replay` makes the consumer do
    await worker.run_once()
    async with sessions() as session:
        progress = await album_progress(session, tables, album)
    assert (progress.indexed, progress.failed) == (1, 0)


async def test_a_selfie_without_a_face_is_refused_by_the_search(
    engine: AsyncEngine, tables: FaceTables, pool: FacePool
) -> None:
    from PIL import Image

    async with async_sessionmaker(engine)() as session:
        with pytest.raises(NoFaceFound):
            await find_my_photos(session, tables, pool, encoded(Image.new("RGB", (300, 300))), [uuid.uuid4()])


async def test_the_pool_keeps_at_most_its_bound_of_photos_in_flight(dataset: Path) -> None:
    crops = [
        (dataset / f"bbt/{name}1.png").read_bytes() for name in ("amy", "raj", "penny", "howard", "stuart")
    ]
    async with FacePool(workers=2, bound=2) as bounded:
        import asyncio

        results = await asyncio.gather(*(bounded.detect(data) for data in crops))
    assert bounded.most_in_flight == 2
    assert bounded.in_flight == 0
    for data, faces in zip(crops, results, strict=True):
        (direct,) = detect_faces(data)
        (pooled,) = faces
        assert pooled.box == direct.box
