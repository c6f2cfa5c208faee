"""The process's faces engine (libs/faces): a bounded process pool, the indexing worker fed from
`face_indexing`, and the retention purge. Started by the service's on_start when `FACE_INDEXING`
is true, stopped by its on_stop. A selfie search starts the pool on first use when indexing is off
(tests, a process that only serves searches)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import datetime, timedelta

import structlog
from faces.indexing.worker import IndexingWorker
from faces.pool import FacePool
from faces.store.writes import purge_faces_indexed_before
from servicekit.service import Sessions
from servicekit.storage import ObjectStorage

from gallery_service.adapters.tables import face_store

log = structlog.get_logger(__name__)


class FaceEngine:
    def __init__(
        self,
        sessions: Sessions,
        storage: ObjectStorage,
        clock: Callable[[], datetime],
        *,
        workers: int,
        in_flight: int,
        retention: timedelta,
        purge_seconds: float,
    ) -> None:
        self._sessions = sessions
        self._storage = storage
        self._clock = clock
        self._workers = workers
        self._in_flight = in_flight
        self.retention = retention
        self._purge_seconds = purge_seconds
        self._pool: FacePool | None = None
        self._lock = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        self.worker: IndexingWorker | None = None

    async def pool(self) -> FacePool:
        async with self._lock:
            if self._pool is None:
                pool = FacePool(self._workers, bound=self._in_flight)
                self._pool = await pool.__aenter__()
            return self._pool

    async def start(self, *, indexing: bool) -> None:
        if indexing:
            self.worker = IndexingWorker(self._sessions, face_store, self._storage, await self.pool())
            self._tasks.append(asyncio.create_task(self._index(self.worker), name="face-indexing"))
        if self._purge_seconds > 0:
            self._tasks.append(asyncio.create_task(self._purge_periodically(), name="face-purge"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        async with self._lock:
            if self._pool is not None:
                await self._pool.__aexit__(None, None, None)
                self._pool = None

    async def purge(self) -> int:
        """One retention pass: faces indexed longer ago than the retention period are deleted."""
        async with self._sessions.begin() as session:
            return await purge_faces_indexed_before(session, face_store, self._clock() - self.retention)

    async def _index(self, worker: IndexingWorker) -> None:
        while True:
            try:
                await worker.run()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A database away for a moment must not end indexing for good.
                log.exception("face indexing failed; retrying")
                await asyncio.sleep(5)

    async def _purge_periodically(self) -> None:
        while True:
            try:
                if purged := await self.purge():
                    log.info("face data purged", faces=purged)
            except Exception:
                log.exception("face purge failed")
            await asyncio.sleep(self._purge_seconds)
