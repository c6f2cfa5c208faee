"""A job a service runs every few seconds while its process lives (sweeping expired holds, say):
started by an on_start hook, stopped by an on_stop one. A failing pass is logged and the next one
runs anyway: a database away for a moment must not end the job for good."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger(__name__)


class PeriodicJob:
    def __init__(self, name: str, run: Callable[[], Awaitable[int]], *, every_seconds: float) -> None:
        self._name = name
        self._run_once = run
        self._every = every_seconds
        self._task: asyncio.Task[None] | None = None
        # Set after each pass (tests wait on it instead of on the clock).
        self.passed = asyncio.Event()

    async def start(self) -> None:
        """Begin; a period of 0 or less leaves it off (tests call the job's function directly)."""
        if self._every > 0 and self._task is None:
            self._task = asyncio.create_task(self._loop(), name=self._name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            try:
                if done := await self._run_once():
                    log.info("periodic job did work", job=self._name, count=done)
            except Exception:
                log.exception("periodic job failed", job=self._name)
            self.passed.set()
            await asyncio.sleep(self._every)
