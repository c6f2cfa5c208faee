"""A bounded pool of processes detecting faces on every core, fed by one consumer.

The PostgreSQL log serves one consumer per group, so parallelism comes from here: the consumer
submits photos and awaits them; at most `bound` photos are in flight (decoded or waiting), so a
burst of uploads costs memory for `bound` photos, not for the whole burst.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType

from faces.detection import SMALL, DetectionMode, Face, detect_faces
from faces.models import load_models


def _warm_up() -> None:
    load_models()


class FacePool:
    """`async with FacePool() as pool: faces = await pool.detect(data)`.

    Errors of one photo (`ImageUnreadable`, `ImageTooLarge`) come back from `detect` as they were
    raised in the worker; the pool goes on.
    """

    def __init__(self, workers: int | None = None, *, bound: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        # Two per worker: each worker has its next photo ready when it finishes one.
        self.bound = bound or 2 * self.workers
        self._slots = asyncio.Semaphore(self.bound)
        self._executor: ProcessPoolExecutor | None = None
        self.in_flight = 0
        self.most_in_flight = 0

    async def __aenter__(self) -> FacePool:
        # spawn: a fresh interpreter per worker, never a fork of a process running an event loop.
        self._executor = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up
        )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    async def detect(self, data: bytes, mode: DetectionMode = SMALL) -> list[Face]:
        """The faces of one encoded photo, computed in a worker process; waits for a free slot."""
        if self._executor is None:
            raise RuntimeError("FacePool used outside `async with`")
        async with self._slots:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            try:
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(self._executor, detect_faces, data, mode)
            finally:
                self.in_flight -= 1
