"""Admission: so many at once, so many more waiting in turn, the rest refused at once."""

from __future__ import annotations

import asyncio

import pytest
from servicekit.admission import Admission
from servicekit.errors import ServiceBusy


class Work:
    def __init__(self, admission: Admission) -> None:
        self.admission = admission
        self.running = 0
        self.most_at_once = 0
        self.order: list[int] = []
        self.finish = asyncio.Event()

    async def do(self, number: int) -> None:
        async with self.admission.slot():
            self.order.append(number)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            await self.finish.wait()
            self.running -= 1


async def test_at_most_the_active_number_run_and_the_rest_wait_their_turn_in_order() -> None:
    work = Work(Admission(active=2, waiting=3))
    tasks = [asyncio.create_task(work.do(n)) for n in range(5)]
    await asyncio.sleep(0)
    assert (work.running, work.admission.admitted) == (2, 5)
    work.finish.set()
    await asyncio.gather(*tasks)
    assert work.most_at_once == 2
    assert work.order == [0, 1, 2, 3, 4]
    assert work.admission.admitted == 0


async def test_work_beyond_the_queue_is_refused_at_once_with_too_busy() -> None:
    work = Work(Admission(active=1, waiting=1))
    tasks = [asyncio.create_task(work.do(n)) for n in range(2)]
    await asyncio.sleep(0)
    with pytest.raises(ServiceBusy) as refused:
        await work.do(2)
    assert refused.value.code == "TOO_BUSY"
    work.finish.set()
    await asyncio.gather(*tasks)
    await work.do(3)
    assert work.order == [0, 1, 3]
