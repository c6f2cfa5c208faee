"""The relay on its own: order, marking, and two relays of one service side by side."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from .conftest import MakeBus
from .flow import Flow, eventually, running
from .messages import consume, seq_of


async def test_two_relays_of_one_service_never_publish_the_same_rows(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        producing = asyncio.create_task(flow.produce(["a", "b"], range(100)))
        async with running(flow.relay(await make_bus()).run(), flow.relay(await make_bus()).run()):
            await producing
            await eventually(lambda: _all_sent(flow))
        observer = (await make_bus()).subscribe("observer", [f"{flow.service}.thing.v1"])
        await observer.start()
        on_the_bus = await consume(observer, 200)
        extra = await observer.fetch(1.0)
        await observer.stop()

    assert extra == []
    assert len({d.envelope().id for d in on_the_bus}) == len(on_the_bus) == 200
    for key in ("a", "b"):
        assert [seq_of(d) for d in on_the_bus if d.key == key] == list(range(100))


async def test_when_the_publishing_relay_stops_the_waiting_one_takes_over_without_reordering(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        first = asyncio.create_task(flow.relay(await make_bus()).run())
        await flow.produce(["a"], range(20))
        await eventually(lambda: _all_sent(flow))
        async with running(flow.relay(await make_bus(), idle_wait=0.2).run()):
            first.cancel()  # its connection closes, and the relay lock with it
            await asyncio.gather(first, return_exceptions=True)
            await flow.produce(["a"], range(20, 40))
            await eventually(lambda: _all_sent(flow))
        observer = (await make_bus()).subscribe("observer", [f"{flow.service}.thing.v1"])
        await observer.start()
        on_the_bus = await consume(observer, 40)
        await observer.stop()

    assert [seq_of(d) for d in on_the_bus] == list(range(40))


async def test_events_committed_while_the_relay_runs_are_published_without_waiting_for_a_poll(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        relay = flow.relay(await make_bus(), idle_wait=3600)  # only a notification can wake it
        async with running(relay.run()):
            await asyncio.sleep(0.5)  # the relay is idle, listening
            await flow.produce(["a"], range(3))
            await eventually(lambda: _all_sent(flow))
        assert await relay.publish_pending() == 0


async def _all_sent(flow: Flow) -> bool:
    return await flow.unsent() == 0


async def test_sent_rows_are_pruned_after_the_retention_and_unsent_ones_never(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        await flow.produce(["a"], range(3))
        await flow.relay(await make_bus()).publish_pending()
        await flow.produce(["a"], range(3, 5))
        async with flow.engine.begin() as connection:
            await connection.execute(
                text("UPDATE outbox SET sent_at = now() - interval '8 days' WHERE sent_at IS NOT NULL")
            )

        assert await flow.relay(await make_bus()).prune_sent() == 3
        assert await flow.unsent() == 2
