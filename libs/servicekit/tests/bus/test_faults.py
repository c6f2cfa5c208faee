"""Faults on real parts, on both backends: after each, every event's effect is applied exactly once,
none is lost, and the order per key is kept."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from servicekit.bus import bus_readiness_check
from servicekit.bus.interface import Delivery, OutgoingMessage
from servicekit.health import ReadinessCheck, run_checks

from .conftest import MakeBus
from .flow import Flow, eventually, running
from .messages import consume
from .outage import BusOutage, PgLogOutage

KEYS = ["k1", "k2", "k3", "k4"]


class Crash(Exception):
    """A process dying at the worst moment."""


def exactly_once_in_order(per_key: int) -> dict[str, list[int]]:
    return {key: list(range(per_key)) for key in KEYS}


async def test_a_relay_killed_between_publish_and_mark_sent_loses_and_duplicates_nothing(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        await flow.produce(KEYS, range(10))
        published_before_crash: list[OutgoingMessage] = []

        async def crash(messages: Sequence[OutgoingMessage]) -> None:
            published_before_crash.extend(messages)
            raise Crash

        with pytest.raises(Crash):
            await flow.relay(await make_bus(), after_publish=crash).run()
        assert await flow.unsent() == 40  # published, but the crash rolled the marking back

        async with running(flow.relay(await make_bus()).run(), flow.consumer(await make_bus()).run()):
            await flow.wait_for_effects(40)
            await eventually(lambda: _all_sent(flow))
        observer = (await make_bus()).subscribe("observer", [f"{flow.service}.thing.v1"])
        await observer.start()
        on_the_bus = await consume(observer, 40 + len(published_before_crash))
        await observer.stop()

        assert len(published_before_crash) > 0
        assert len(on_the_bus) == 40 + len(published_before_crash)  # the duplicates really went out
        assert await flow.effects() == exactly_once_in_order(10)


async def test_a_consumer_killed_after_its_effects_before_the_offset_commit_applies_nothing_twice(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        await flow.produce(KEYS, range(10))
        applied_before_crash: list[Delivery] = []
        redelivered: list[Delivery] = []

        async def crash(deliveries: Sequence[Delivery]) -> None:
            applied_before_crash.extend(deliveries)
            raise Crash

        async def remember(deliveries: Sequence[Delivery]) -> None:
            redelivered.extend(deliveries)

        async with running(flow.relay(await make_bus()).run()):
            with pytest.raises(Crash):
                await flow.consumer(await make_bus(), after_effects=crash).run()
            assert await flow.effect_count() == len(applied_before_crash) > 0
            async with running(flow.consumer(await make_bus(), after_effects=remember).run()):
                await flow.wait_for_effects(40)
                await eventually(lambda: _seen_all(redelivered, 40))

        ids_before = {d.envelope().id for d in applied_before_crash}
        assert ids_before <= {d.envelope().id for d in redelivered}  # they really came again
        assert await flow.effects() == exactly_once_in_order(10)


async def test_a_bus_outage_of_ten_seconds_mid_stream_loses_nothing_and_readiness_recovers(
    make_bus: MakeBus, service_database: str, outage: BusOutage
) -> None:
    async with Flow.on(service_database) as flow:
        bus = await make_bus()
        ready = bus_readiness_check(bus)
        async with running(flow.relay(bus).run(), flow.consumer(await make_bus()).run()):
            producing = asyncio.create_task(flow.produce(KEYS, range(30), pause=0.05))
            await flow.wait_for_effects(8)
            await outage.begin()
            [while_down] = await run_checks({"bus": ready})
            await asyncio.sleep(10)
            await outage.end()
            await producing
            await flow.wait_for_effects(120)
            await eventually(lambda: _is_ready(ready))
            await eventually(lambda: _all_sent(flow))

        assert not while_down.ok
        assert await flow.effects() == exactly_once_in_order(30)


async def _all_sent(flow: Flow) -> bool:
    return await flow.unsent() == 0


async def _seen_all(deliveries: list[Delivery], count: int) -> bool:
    return len({d.envelope().id for d in deliveries}) >= count


async def _is_ready(check: ReadinessCheck) -> bool:
    [result] = await run_checks({"bus": check})
    return result.ok


async def test_the_services_own_database_refusing_and_dropping_connections_loses_nothing(
    make_bus: MakeBus, service_database: str
) -> None:
    database_outage = PgLogOutage(service_database)  # the same real outage, on the service's database
    async with Flow.on(service_database) as flow:
        async with running(flow.relay(await make_bus()).run(), flow.consumer(await make_bus()).run()):
            await flow.produce(KEYS, range(10))
            await flow.wait_for_effects(8)
            await database_outage.begin()
            await asyncio.sleep(3)
            await database_outage.end()
            await flow.produce(KEYS, range(10, 20))
            await flow.wait_for_effects(80)
            await eventually(lambda: _all_sent(flow))

        assert await flow.effects() == exactly_once_in_order(20)
