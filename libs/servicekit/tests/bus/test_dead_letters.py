"""A poison message: retried with backoff, parked with its error, listable, replayable after a fix;
the other events of the stream are not held up, and nothing is applied twice."""

from __future__ import annotations

from servicekit.consumers.dead_letters import get_dead_letter, list_dead_letters, request_replay

from .conftest import MakeBus
from .flow import Flow, eventually, running

KEYS = ["k1", "k2", "k3"]


async def test_a_poison_message_is_parked_then_replayed_once_after_the_fix(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        flow.poison = lambda envelope: envelope.key == "k2" and envelope.payload["seq"] == 3
        await flow.produce(KEYS, range(6))

        async with running(flow.relay(await make_bus()).run(), flow.consumer(await make_bus()).run()):
            await flow.wait_for_effects(17)
            [parked] = await list_dead_letters(flow.engine)
            assert (parked.key, parked.envelope["payload"]["seq"]) == ("k2", 3)
            assert parked.attempts == 3
            assert "cannot handle k2" in parked.error
            assert parked.status == "parked"

            flow.poison = lambda envelope: False  # the fix is deployed
            assert await request_replay(flow.engine) == [parked.id]
            await flow.wait_for_effects(18)
            await eventually(lambda: _replayed(flow, parked.id))

        assert await request_replay(flow.engine) == []
        assert await list_dead_letters(flow.engine) == []
        effects = await flow.effects()
        assert effects["k1"] == effects["k3"] == list(range(6))
        assert sorted(effects["k2"]) == list(range(6))  # seq 3 applied once, after its replay
        assert effects["k2"][-1] == 3


async def test_a_replay_that_fails_again_parks_the_event_again_with_the_new_error(
    make_bus: MakeBus, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        flow.poison = lambda envelope: envelope.key == "k1"
        await flow.produce(["k1"], range(1))
        async with running(flow.relay(await make_bus()).run(), flow.consumer(await make_bus()).run()):
            await eventually(lambda: _parked_count(flow, 1))
            [parked] = await list_dead_letters(flow.engine)
            await request_replay(flow.engine, [parked.id])
            await eventually(lambda: _attempts(flow, parked.id, 4))

        again = await get_dead_letter(flow.engine, parked.id)
        assert again.status == "parked"
        assert await flow.effect_count() == 0


async def _replayed(flow: Flow, dead_letter_id: int) -> bool:
    return (await get_dead_letter(flow.engine, dead_letter_id)).status == "replayed"


async def _parked_count(flow: Flow, count: int) -> bool:
    return len(await list_dead_letters(flow.engine)) == count


async def _attempts(flow: Flow, dead_letter_id: int, attempts: int) -> bool:
    letter = await get_dead_letter(flow.engine, dead_letter_id)
    return letter.attempts == attempts and letter.status == "parked"
