"""The bus contract: the same tests, unchanged, against Apache Kafka and the PostgreSQL log."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from .conftest import MakeBus
from .messages import consume, fresh_service, messages, seq_of


async def test_messages_of_one_key_arrive_in_the_order_they_were_published(make_bus: MakeBus) -> None:
    service = fresh_service()
    producer = await make_bus()
    sent = messages(service, ["a", "b", "c", "d"], per_key=10)
    for start in range(0, 40, 15):  # several publish calls, each with several keys
        await producer.publish(sent[start : start + 15])
    subscription = (await make_bus()).subscribe(service, [f"{service}.thing.v1"])
    await subscription.start()
    received = await consume(subscription, 40)
    await subscription.stop()

    by_key: dict[str, list[int]] = defaultdict(list)
    for delivery in received:
        by_key[delivery.key].append(seq_of(delivery))
    assert dict(by_key) == {key: list(range(10)) for key in "abcd"}


async def test_every_consumer_group_receives_every_message(make_bus: MakeBus) -> None:
    service = fresh_service()
    sent = messages(service, ["k1", "k2"], per_key=5)
    await (await make_bus()).publish(sent)
    consumer_bus = await make_bus()
    topic = [f"{service}.thing.v1"]
    billing, calendar = consumer_bus.subscribe("billing", topic), consumer_bus.subscribe("calendar", topic)
    await billing.start()
    await calendar.start()
    for_billing, for_calendar = await asyncio.gather(consume(billing, 10), consume(calendar, 10))
    await billing.stop()
    await calendar.stop()

    expected = sorted(m.value for m in sent)
    assert sorted(d.value for d in for_billing) == expected
    assert sorted(d.value for d in for_calendar) == expected


async def test_a_restarted_member_resumes_after_the_groups_committed_offset(make_bus: MakeBus) -> None:
    service = fresh_service()
    sent = messages(service, ["k1", "k2", "k3"], per_key=4)
    await (await make_bus()).publish(sent)
    consumer_bus = await make_bus()
    topic = [f"{service}.thing.v1"]

    first = consumer_bus.subscribe(service, topic)
    await first.start()
    everything = await consume(first, 12, commit=False)
    committed = everything[:5]
    await first.commit(committed)
    await first.stop()

    second = consumer_bus.subscribe(service, topic)
    await second.start()
    redelivered = await consume(second, 7)
    more = await second.fetch(0.5)
    await second.stop()

    assert sorted(d.value for d in redelivered) == sorted(d.value for d in everything[5:])
    assert more == []


async def test_a_waiting_member_wakes_up_when_a_message_is_published(make_bus: MakeBus) -> None:
    service = fresh_service()
    producer = await make_bus()
    await producer.publish(messages(service, ["first"], per_key=1))
    subscription = (await make_bus()).subscribe(service, [f"{service}.thing.v1"])
    await subscription.start()
    await consume(subscription, 1)

    # One fetch that may wait an hour: only a wake-up on publish makes it return within the test.
    waiting = asyncio.create_task(subscription.fetch(3600))
    await asyncio.sleep(0.5)
    assert not waiting.done()
    late = messages(service, ["late"], per_key=1)
    await producer.publish(late)
    received = await waiting
    await subscription.stop()

    assert [d.value for d in received] == [late[0].value]


async def test_fetch_returns_nothing_when_no_message_arrives(make_bus: MakeBus) -> None:
    service = fresh_service()
    subscription = (await make_bus()).subscribe(service, [f"{service}.thing.v1"])
    await subscription.start()
    assert await subscription.fetch(0.3) == []
    await subscription.stop()


async def test_a_running_bus_answers_its_readiness_ping(make_bus: MakeBus) -> None:
    await (await make_bus()).ping()


async def test_two_members_of_one_group_never_both_receive_a_message(make_bus: MakeBus) -> None:
    service = fresh_service()
    topic = [f"{service}.thing.v1"]
    consumer_bus = await make_bus()
    members = [consumer_bus.subscribe(service, topic), consumer_bus.subscribe(service, topic)]
    for member in members:
        await member.start()
    for _ in range(3):  # both join the group (Kafka rebalances once) before anything is published
        await asyncio.gather(*(member.fetch(1.0) for member in members))
    sent = messages(service, ["k1", "k2", "k3", "k4", "k5", "k6"], per_key=10)
    await (await make_bus()).publish(sent)

    received: list[list[bytes]] = [[], []]

    async def take(index: int) -> None:
        member = members[index]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while sum(map(len, received)) < len(sent) and loop.time() < deadline:
            batch = await member.fetch(0.5)
            received[index].extend(d.value for d in batch)
            await member.commit(batch)

    await asyncio.gather(take(0), take(1))
    late = await asyncio.gather(*(member.fetch(0.5) for member in members))
    for member in members:
        await member.stop()

    assert sorted(received[0] + received[1]) == sorted(m.value for m in sent)
    assert set(received[0]).isdisjoint(received[1])
    assert late == [[], []]
