"""The PostgreSQL log forgets messages past its retention, as Kafka does, without ever reusing an
offset: a consumer group goes on reading in order from what is left."""

from __future__ import annotations

import uuid
from datetime import timedelta

import psycopg
from servicekit.bus.interface import OutgoingMessage
from servicekit.bus.pglog import PgLogBus


def message(topic: str, n: int) -> OutgoingMessage:
    return OutgoingMessage(topic=topic, key=f"k{n % 2}", value=str(n).encode())


async def test_messages_past_retention_are_pruned_and_offsets_keep_counting(
    bus_database_url: str,
) -> None:
    topic = f"test.retention-{uuid.uuid4().hex[:6]}.v1"
    bus = PgLogBus(bus_database_url, retention=timedelta(days=7), prune_every_s=3600)
    await bus.start()
    try:
        await bus.publish([message(topic, n) for n in range(5)])
        async with await psycopg.AsyncConnection.connect(bus_database_url, autocommit=True) as db:
            await db.execute(
                "UPDATE bus_log SET appended_at = now() - interval '8 days' "
                'WHERE topic = %s AND "offset" < 3',
                (topic,),
            )
        assert await bus.prune() >= 3
        await bus.publish([message(topic, 5)])

        subscription = bus.subscribe(f"late-reader-{uuid.uuid4().hex[:6]}", [topic])
        await subscription.start()
        try:
            deliveries = await subscription.fetch(max_wait=2.0)
        finally:
            await subscription.stop()
    finally:
        await bus.stop()

    assert [(d.offset, d.value) for d in deliveries] == [(3, b"3"), (4, b"4"), (5, b"5")]
