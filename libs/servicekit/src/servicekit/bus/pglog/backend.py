"""Publishing to the PostgreSQL log and reading it as a consumer group (see schema.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import timedelta
from itertools import groupby

import psycopg
import structlog
from psycopg.rows import TupleRow

from servicekit.bus.interface import BusUnavailable, OutgoingMessage
from servicekit.bus.pglog.schema import NOTIFY_CHANNEL, create_schema
from servicekit.bus.pglog.subscription import PgLogSubscription

log = structlog.get_logger(__name__)

APPEND = """
INSERT INTO bus_topics (topic, next_offset) VALUES (%s, %s)
ON CONFLICT (topic) DO UPDATE SET next_offset = bus_topics.next_offset + EXCLUDED.next_offset
RETURNING next_offset
"""


class PgLogBus:
    """The embedded bus: a log table in the `eventxperts_bus` database, woken up by LISTEN/NOTIFY."""

    def __init__(
        self,
        url: str,
        *,
        connect_timeout: int = 3,
        retention: timedelta = timedelta(days=7),
        prune_every_s: float = 600.0,
    ) -> None:
        self.url = url
        self._connect_timeout = connect_timeout
        self._connection: psycopg.AsyncConnection[TupleRow] | None = None
        self._publishing = asyncio.Lock()
        self._retention = retention
        self._prune_every_s = prune_every_s
        self._pruned_at = time.monotonic()

    async def start(self) -> None:
        async with self._publishing:
            await self._connected()

    async def stop(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        if not messages:
            return
        async with self._publishing:
            try:
                connection = await self._connected()
                async with connection.transaction():
                    # Topics sorted: two publishers never wait on each other's topic locks in a cycle.
                    by_topic = sorted(messages, key=lambda m: m.topic)
                    for topic, group in groupby(by_topic, key=lambda m: m.topic):
                        await self._append(connection, topic, list(group))
            except psycopg.OperationalError as error:
                await self._forget_connection()
                raise BusUnavailable(f"the bus database is unreachable: {error}") from error
        if time.monotonic() - self._pruned_at > self._prune_every_s:
            # The messages are stored: a failed sweep must not make the caller publish them again.
            try:
                await self.prune()
            except BusUnavailable as error:
                log.warning("bus_prune_failed", error=str(error))

    async def prune(self) -> int:
        """Delete messages older than the retention; return how many. Offsets are never reused."""
        async with self._publishing:
            try:
                connection = await self._connected()
                cursor = await connection.execute(
                    "DELETE FROM bus_log WHERE appended_at < now() - %s", (self._retention,)
                )
            except psycopg.OperationalError as error:
                await self._forget_connection()
                raise BusUnavailable(f"the bus database is unreachable: {error}") from error
            self._pruned_at = time.monotonic()
            return cursor.rowcount

    def subscribe(self, group: str, topics: Sequence[str]) -> PgLogSubscription:
        return PgLogSubscription(self.url, group, list(topics), connect_timeout=self._connect_timeout)

    async def ping(self) -> None:
        try:
            connection = await psycopg.AsyncConnection.connect(
                self.url, connect_timeout=self._connect_timeout
            )
            async with connection:
                await connection.execute("SELECT 1 FROM bus_topics LIMIT 1")
        except psycopg.Error as error:
            raise BusUnavailable(f"the bus database does not answer: {error}") from error

    @staticmethod
    async def _append(
        connection: psycopg.AsyncConnection[TupleRow], topic: str, messages: list[OutgoingMessage]
    ) -> None:
        # `sorted` is stable: the messages of one topic keep the order they were given in.
        cursor = await connection.execute(APPEND, (topic, len(messages)))
        row = await cursor.fetchone()
        assert row is not None
        first = int(row[0]) - len(messages)
        async with connection.cursor() as insert:
            await insert.executemany(
                'INSERT INTO bus_log (topic, "offset", key, value) VALUES (%s, %s, %s, %s)',
                [(topic, first + i, m.key, m.value) for i, m in enumerate(messages)],
            )
        await connection.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, topic))

    async def _connected(self) -> psycopg.AsyncConnection[TupleRow]:
        if self._connection is None or self._connection.closed:
            try:
                connection = await psycopg.AsyncConnection.connect(
                    self.url, connect_timeout=self._connect_timeout, autocommit=True
                )
                await create_schema(connection)
            except psycopg.OperationalError as error:
                raise BusUnavailable(f"the bus database is unreachable: {error}") from error
            self._connection = connection
        return self._connection

    async def _forget_connection(self) -> None:
        if self._connection is not None:
            await self._connection.close()
        self._connection = None
