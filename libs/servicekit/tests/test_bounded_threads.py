"""Blocking calls run on a bounded set of threads, and a burst beyond the queue is refused at once."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable

import pytest
from servicekit.bounded_threads import BoundedThreads
from servicekit.errors import ServiceBusy


class Gate:
    """Calls that block until the test opens the gate, counting how many run at once."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self._lock = threading.Lock()
        self.running = 0
        self.most_at_once = 0

    def call(self) -> str:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.opened.wait()
        with self._lock:
            self.running -= 1
        return threading.current_thread().name


async def until(condition: Callable[[], bool]) -> None:
    while not condition():  # noqa: ASYNC110 - the condition changes on worker threads
        await asyncio.sleep(0.01)


async def test_a_call_runs_on_a_worker_thread_not_the_event_loop() -> None:
    threads = BoundedThreads(workers=1, queue_limit=0, name="hashing")
    worker = await threads.run(lambda: threading.current_thread().name)
    assert worker.startswith("hashing")
    assert worker != threading.current_thread().name


async def test_at_most_workers_run_at_once_and_the_queue_waits_its_turn() -> None:
    threads = BoundedThreads(workers=2, queue_limit=3, name="hashing")
    gate = Gate()
    calls = [asyncio.create_task(threads.run(gate.call)) for _ in range(5)]
    await until(lambda: gate.running == 2)
    assert threads.admitted == 5
    gate.opened.set()
    await asyncio.gather(*calls)
    assert gate.most_at_once == 2
    assert threads.admitted == 0


async def test_a_call_beyond_the_queue_is_refused_at_once_with_too_busy() -> None:
    threads = BoundedThreads(workers=1, queue_limit=1, name="hashing")
    gate = Gate()
    calls = [asyncio.create_task(threads.run(gate.call)) for _ in range(2)]
    await until(lambda: gate.running == 1)
    with pytest.raises(ServiceBusy) as refused:
        await threads.run(gate.call)
    assert refused.value.code == "TOO_BUSY"
    gate.opened.set()
    await asyncio.gather(*calls)
    assert await threads.run(lambda: "served again") == "served again"


async def test_threads_with_a_niceness_run_at_a_lower_priority_than_the_event_loop() -> None:
    threads = BoundedThreads(workers=1, queue_limit=0, name="hashing", niceness=5)
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    worker = await threads.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    assert worker == own + 5
