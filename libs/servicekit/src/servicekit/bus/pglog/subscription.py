"""A consumer group member on the PostgreSQL log.

Like a Kafka partition, each (group, topic) is read by one member at a time: the member holds a
session advisory lock on it. A member that dies loses its connection and so its locks, and another
member takes over from the group's committed offset. Waiting is LISTEN/NOTIFY, not polling.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from typing import TypeVar

import psycopg
from psycopg.rows import TupleRow

from servicekit.bus.interface import BusUnavailable, Delivery
from servicekit.bus.pglog.schema import NOTIFY_CHANNEL, create_schema

T = TypeVar("T")

READ = """
SELECT l.topic, l."offset", l.key, l.value
FROM unnest(%s::text[], %s::bigint[]) AS p(topic, position)
CROSS JOIN LATERAL (
    SELECT * FROM bus_log WHERE bus_log.topic = p.topic AND bus_log."offset" >= p.position
    ORDER BY bus_log."offset" LIMIT 500
) AS l
ORDER BY l.topic, l."offset"
"""

COMMIT = """
INSERT INTO bus_offsets (group_id, topic, next_offset) VALUES (%s, %s, %s)
ON CONFLICT (group_id, topic) DO UPDATE
SET next_offset = GREATEST(bus_offsets.next_offset, EXCLUDED.next_offset), committed_at = now()
"""


class PgLogSubscription:
    def __init__(self, url: str, group: str, topics: list[str], *, connect_timeout: int) -> None:
        self._url = url
        self._group = group
        self._topics = sorted(set(topics))
        self._connect_timeout = connect_timeout
        self._connection: psycopg.AsyncConnection[TupleRow] | None = None
        self._positions: dict[str, int] = {}  # topics this member owns -> next offset to read

    async def start(self) -> None:
        await self._guarded(self._connected())

    async def stop(self) -> None:
        if self._connection is not None:
            await self._connection.close()  # releases the group locks
        self._connection = None
        self._positions = {}

    async def fetch(self, max_wait: float) -> list[Delivery]:
        deliveries = await self._guarded(self._read())
        if deliveries:
            return deliveries
        await self._guarded(self._wait(max_wait))
        return await self._guarded(self._read())

    async def commit(self, deliveries: Sequence[Delivery]) -> None:
        next_offsets: dict[str, int] = {}
        for d in deliveries:
            next_offsets[d.topic] = max(next_offsets.get(d.topic, 0), d.offset + 1)
        owned = [(self._group, t, o) for t, o in next_offsets.items() if t in self._positions]

        async def write() -> None:
            connection = await self._connected()
            async with connection.transaction(), connection.cursor() as cursor:
                await cursor.executemany(COMMIT, owned)

        if owned:
            await self._guarded(write())

    async def _read(self) -> list[Delivery]:
        connection = await self._connected()
        await self._claim_free_topics(connection)
        if not self._positions:
            return []
        topics = list(self._positions)
        cursor = await connection.execute(READ, (topics, [self._positions[t] for t in topics]))
        deliveries = [
            Delivery(topic=topic, partition=0, offset=offset, key=key, value=bytes(value))
            for topic, offset, key, value in await cursor.fetchall()
        ]
        for d in deliveries:
            self._positions[d.topic] = d.offset + 1
        return deliveries

    async def _wait(self, max_wait: float) -> None:
        connection = await self._connected()
        # Every append on the bus notifies; only one to a topic this member reads is worth a read.
        async for notice in connection.notifies(timeout=max_wait):
            if notice.payload in self._topics:
                return

    async def _claim_free_topics(self, connection: psycopg.AsyncConnection[TupleRow]) -> None:
        for topic in self._topics:
            if topic in self._positions:
                continue
            cursor = await connection.execute(
                "SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (f"{self._group}/{topic}",)
            )
            claimed = await cursor.fetchone()
            if claimed and claimed[0]:
                cursor = await connection.execute(
                    "SELECT next_offset FROM bus_offsets WHERE group_id = %s AND topic = %s",
                    (self._group, topic),
                )
                committed = await cursor.fetchone()
                self._positions[topic] = int(committed[0]) if committed else 0

    async def _connected(self) -> psycopg.AsyncConnection[TupleRow]:
        if self._connection is None or self._connection.closed:
            self._positions = {}  # a new session holds no locks: reclaim and resume from committed offsets
            connection = await psycopg.AsyncConnection.connect(
                self._url, connect_timeout=self._connect_timeout, autocommit=True
            )
            await create_schema(connection)
            await connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
            self._connection = connection
        return self._connection

    async def _guarded(self, operation: Awaitable[T]) -> T:
        """Run `operation`; a lost connection becomes `BusUnavailable` and is reopened next time."""
        try:
            return await operation
        except psycopg.OperationalError as error:
            connection, self._connection = self._connection, None
            self._positions = {}
            if connection is not None:
                await connection.close()
            raise BusUnavailable(f"the bus database is unreachable: {error}") from error
