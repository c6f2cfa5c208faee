"""Blocking, CPU-heavy calls (password hashing, say) run off the event loop on a bounded set of threads.

The event loop never runs them, so other requests keep being served; at most `workers` run at once
(size it to the cores: more threads only share the same cores and stretch every call), and at most
`queue_limit` wait. A call beyond that is refused at once with ServiceBusy (TOO_BUSY): a burst then
costs what the machine can do, instead of requests piling up with their memory and connections.
With `niceness` the threads run at a lower scheduling priority (Linux): when the cores are busy, the
event loop and the database get them first, so quick requests stay quick during a burst.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from servicekit.admission import Admission

T = TypeVar("T")


class BoundedThreads:
    def __init__(self, *, workers: int, queue_limit: int, name: str, niceness: int = 0) -> None:
        self._admission = Admission(active=workers, waiting=queue_limit)
        self._executor = ThreadPoolExecutor(
            max_workers=workers, thread_name_prefix=name, initializer=_lower_priority, initargs=(niceness,)
        )

    @property
    def admitted(self) -> int:
        """Calls running or waiting for a thread right now."""
        return self._admission.admitted

    async def run(self, call: Callable[..., T], *args: object) -> T:
        """`call(*args)` on one of the threads; ServiceBusy when the queue is full."""
        async with self._admission.slot():
            return await asyncio.get_running_loop().run_in_executor(self._executor, call, *args)


def _lower_priority(niceness: int) -> None:
    """On Linux a thread has its own nice value; elsewhere (or when refused) leave it as it is."""
    if niceness and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
