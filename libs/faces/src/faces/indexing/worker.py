"""The indexing worker: takes pending photos from `face_indexing`, reads each from storage, detects
faces in the bounded process pool, stores them; a photo it cannot read is marked failed and parked
in the service's dead letters (replayable with `eventxperts dlq`), and the worker carries on.

One worker per service: it takes at most the pool's bound at a time, so memory holds that many
photos whatever the backlog. Storing a photo's faces replaces what an interrupted run wrote.
"""

from __future__ import annotations

import asyncio
from typing import Protocol
from uuid import UUID

import structlog
from servicekit.consumers import dead_letters
from servicekit.events import Envelope
from servicekit.storage import ObjectNotFound
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from faces.detection import SMALL, DetectionMode
from faces.errors import FaceError
from faces.pool import FacePool
from faces.store.tables import FaceTables
from faces.store.writes import store_photo_faces

log = structlog.get_logger(__name__)

IDLE_WAIT_SECONDS = 1.0


class PhotoMissing(FaceError):
    code = "PHOTO_MISSING"


class PhotoReader(Protocol):
    """The gallery's storage as the worker needs it (servicekit's object storage fits)."""

    async def get(self, key: str) -> bytes: ...


class IndexingWorker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        tables: FaceTables,
        photos: PhotoReader,
        pool: FacePool,
        *,
        mode: DetectionMode = SMALL,
    ) -> None:
        self._sessions = sessions
        self._tables = tables
        self._photos = photos
        self._pool = pool
        self._mode = mode

    async def run(self) -> None:
        """Index until cancelled, waiting a little whenever nothing is pending."""
        while True:
            if not await self.run_once():
                await asyncio.sleep(IDLE_WAIT_SECONDS)

    async def run_once(self) -> int:
        """Index the oldest pending photos, at most the pool's bound; returns how many were taken."""
        jobs = self._tables.indexing
        async with self._sessions() as session:
            rows = await session.execute(
                select(jobs.c.photo_id, jobs.c.album_id, jobs.c.storage_key, jobs.c.envelope)
                .where(jobs.c.state == "pending")
                .order_by(jobs.c.updated_at, jobs.c.photo_id)
                .limit(self._pool.bound)
            )
            pending = rows.all()
        await asyncio.gather(
            *(self._index(r.photo_id, r.album_id, r.storage_key, r.envelope) for r in pending)
        )
        return len(pending)

    async def _index(self, photo_id: UUID, album_id: UUID, key: str, envelope: dict[str, object]) -> None:
        jobs = self._tables.indexing
        try:
            data = await self._read(key)
            faces = await self._pool.detect(data, self._mode)
        except FaceError as error:
            await self._fail(photo_id, Envelope.model_validate(envelope), error)
            return
        async with self._sessions.begin() as session:
            # The photo may have been deleted (or its album's face search turned off) meanwhile:
            # that deletes its job row, so nothing is stored. The lock makes a deletion running now
            # wait for this transaction and then delete what it stored.
            still_wanted = await session.execute(
                select(jobs.c.photo_id).where(jobs.c.photo_id == photo_id).with_for_update()
            )
            if still_wanted.first() is None:
                return
            await store_photo_faces(session, self._tables, photo_id=photo_id, album_id=album_id, faces=faces)
            await self._mark(session, photo_id, state="done", faces=len(faces), error_code=None)

    async def _read(self, key: str) -> bytes:
        try:
            return await self._photos.get(key)
        except (FileNotFoundError, ObjectNotFound):
            raise PhotoMissing("the photo is not in storage") from None

    async def _fail(self, photo_id: UUID, envelope: Envelope, error: FaceError) -> None:
        # Only the code and the photo id: never the bytes or anything read from them.
        log.warning("photo_not_indexed", photo_id=str(photo_id), code=error.code)
        async with self._sessions.begin() as session:
            await self._mark(session, photo_id, state="failed", faces=None, error_code=error.code)
            await dead_letters.park(session, envelope, error=f"{error.code}: {error}", attempts=1)

    async def _mark(
        self, session: AsyncSession, photo_id: UUID, *, state: str, faces: int | None, error_code: str | None
    ) -> None:
        jobs = self._tables.indexing
        await session.execute(
            update(jobs)
            .where(jobs.c.photo_id == photo_id)
            .values(state=state, faces=faces, error_code=error_code, updated_at=func.now())
        )
