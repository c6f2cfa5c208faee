"""The consumer runner's offset commits on real parts: gathered after the handlers' transactions,
and not lost when the consumer stops."""

from __future__ import annotations

from collections.abc import Sequence

from servicekit.bus.interface import Delivery

from .conftest import MakeBus
from .flow import Flow, eventually, running


async def test_a_consumer_restarted_after_applying_events_is_not_handed_them_again(
    make_bus: MakeBus, service_database: str
) -> None:
    committed: list[Delivery] = []

    async def remember(deliveries: Sequence[Delivery]) -> None:
        committed.extend(deliveries)

    async with Flow.on(service_database) as flow, running(flow.relay(await make_bus()).run()):
        await flow.produce(["a"], range(20))  # one key, so one partition, so one order
        async with running(flow.consumer(await make_bus()).run()):
            await flow.wait_for_effects(20)
        async with running(flow.consumer(await make_bus(), after_effects=remember).run()):
            await flow.produce(["a"], range(20, 21))
            await flow.wait_for_effects(21)
            await eventually(lambda: _any(committed))

        assert [int(d.envelope().payload["seq"]) for d in committed] == [20]
        assert await flow.effects() == {"a": list(range(21))}


async def _any(deliveries: list[Delivery]) -> bool:
    return bool(deliveries)
