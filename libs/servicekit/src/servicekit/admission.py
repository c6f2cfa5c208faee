"""Admission control: at most so many of one kind of work at once, so many more waiting, and the rest
refused at once with ServiceBusy (TOO_BUSY).

Waiting costs nothing but a slot in the queue; what is admitted runs with few enough others that
each finishes quickly (a burst of a hundred sign-ins interleaving their database work on one event
loop would hold every pooled connection for seconds, and everyone else would wait for one).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from servicekit.errors import ServiceBusy


class Admission:
    def __init__(self, *, active: int, waiting: int) -> None:
        if active < 1 or waiting < 0:
            raise ValueError("active must be at least 1 and waiting at least 0")
        self._slots = asyncio.Semaphore(active)
        self._capacity = active + waiting
        self._admitted = 0  # active or waiting; only the event loop's thread touches it

    @property
    def admitted(self) -> int:
        """Work running or waiting for its turn right now."""
        return self._admitted

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for a turn (first come, first served); ServiceBusy at once when the queue is full."""
        if self._admitted >= self._capacity:
            raise ServiceBusy()
        self._admitted += 1
        try:
            async with self._slots:
                yield
        finally:
            self._admitted -= 1
