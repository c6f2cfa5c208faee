"""Blocking, CPU-heavy calls (password hashing, say) run off the event loop on a bounded set of threads.

The event loop never runs them, so other requests keep being served; at most `workers` run at once
(size it to the cores: more threads only share the same cores and stretch every call), and at most
`queue_limit` wait. A call beyond that is refused at once with ServiceBusy (TOO_BUSY): a burst then
costs what the machine can do, instead of requests piling up with their memory and connections.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from servicekit.admission import Admission

T = TypeVar("T")


class BoundedThreads:
    def __init__(self, *, workers: int, queue_limit: int, name: str) -> None:
        self._admission = Admission(active=workers, waiting=queue_limit)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)

    @property
    def admitted(self) -> int:
        """Calls running or waiting for a thread right now."""
        return self._admission.admitted

    async def run(self, call: Callable[..., T], *args: object) -> T:
        """`call(*args)` on one of the threads; ServiceBusy when the queue is full."""
        async with self._admission.slot():
            return await asyncio.get_running_loop().run_in_executor(self._executor, call, *args)
