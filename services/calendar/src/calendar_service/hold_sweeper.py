"""The process's hold sweeper: every `hold_sweep_seconds` it records the holds that ran out, in
bounded batches until none is left (service_layer/hold_expiry.py). Started by the service's
on_start, stopped by its on_stop; several processes may sweep at once (SKIP LOCKED)."""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from calendar_service.service_layer.dependencies import UseCaseDependencies
from calendar_service.service_layer.hold_expiry import BATCH, expire_holds

log = structlog.get_logger(__name__)


class HoldSweeper:
    def __init__(self, deps: UseCaseDependencies, *, every_seconds: float, batch: int = BATCH) -> None:
        self._deps = deps
        self._every = every_seconds
        self._batch = batch
        self._task: asyncio.Task[None] | None = None
        # Set after each pass (tests wait on it instead of on the clock).
        self.passed = asyncio.Event()

    async def start(self) -> None:
        """Begin sweeping; a period of 0 or less leaves it off (tests drive expire_holds directly)."""
        if self._every > 0 and self._task is None:
            self._task = asyncio.create_task(self._run(), name="hold-sweeper")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def sweep(self) -> int:
        """One pass: batches until a batch comes back short; the number of holds recorded."""
        total = 0
        while (done := await expire_holds(self._deps, batch=self._batch)) > 0:
            total += done
            if done < self._batch:
                break
        return total

    async def _run(self) -> None:
        while True:
            try:
                if expired := await self.sweep():
                    log.info("holds expired", count=expired)
            except Exception:
                # A database that is away for a moment must not end the sweeping for good.
                log.exception("hold sweep failed")
            self.passed.set()
            await asyncio.sleep(self._every)
