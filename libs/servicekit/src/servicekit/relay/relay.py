"""The outbox relay: publishes a service's outbox rows in order, at least once, and marks them sent.

One relay of a service publishes at a time: it holds the relay lock on its own connection (see
`connection.py`); another relay of the same service waits until that connection ends. A pass sends
a whole batch with every message in flight and returns once the bus acknowledged all of them; only
then are the rows marked sent, in the statement that also reads the next batch. A relay that dies
before that marking leaves the rows unsent: they are published again (consumers' inboxes absorb
the duplicate). Order: rows go out by `position`, lowest unsent first, and a batch is acknowledged
before the next is read; per aggregate `position` is the commit order because a use case changes
its aggregate under that aggregate's row lock.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

import psycopg
import structlog
from sqlalchemy import delete
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from servicekit.bus.interface import Bus, BusUnavailable, OutgoingMessage
from servicekit.consumers.retry import RECONNECT
from servicekit.outbox.tables import OUTBOX_CHANNEL, outbox
from servicekit.relay.connection import OutboxRow, RelayConnection

PRUNE_EVERY_SECONDS = 3600.0
DATABASE_ERRORS = (DBAPIError, psycopg.Error, OSError)
log = structlog.get_logger(__name__)

AfterPublish = Callable[[Sequence[OutgoingMessage]], Awaitable[None]]


class OutboxRelay:
    """`await relay.run()` until cancelled; `publish_pending()` does one pass."""

    def __init__(
        self,
        engine: AsyncEngine,
        bus: Bus,
        *,
        batch_size: int = 500,
        idle_wait: float = 5.0,
        keep_sent: timedelta = timedelta(days=7),
        after_publish: AfterPublish | None = None,
    ) -> None:
        self._engine = engine
        self._url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._keep_sent = keep_sent
        self._bus = bus
        self._batch_size = batch_size
        self._idle_wait = idle_wait
        # Fault-injection point for tests: runs after the bus acknowledged, before rows are marked sent.
        self._after_publish = after_publish

    async def run(self) -> None:
        failures = 0
        next_prune = 0.0
        connection: RelayConnection | None = None
        try:
            while True:
                try:
                    if (now := time.monotonic()) >= next_prune:
                        await self.prune_sent()
                        next_prune = now + PRUNE_EVERY_SECONDS
                    connection = connection or await RelayConnection.open(self._url, OUTBOX_CHANNEL)
                    if await connection.owns_outbox():
                        await self._publish_until_idle(connection, until=next_prune)
                    else:
                        await connection.wait_for_commit(self._idle_wait)  # the owner may go away
                    failures = 0
                except (BusUnavailable, *DATABASE_ERRORS) as error:
                    failures += 1
                    log.warning("relay_publish_failed", error=str(error), failures=failures)
                    if not isinstance(error, BusUnavailable) and connection is not None:
                        await _close_quietly(connection)
                        connection = None
                    await asyncio.sleep(RECONNECT.delay_after(failures))
        finally:
            if connection is not None:
                await connection.close()

    async def publish_pending(self) -> int:
        """Publish the next batch of unsent rows and mark them sent; return how many
        (0 when another relay of this service owns the outbox)."""
        connection = await RelayConnection.open(self._url, OUTBOX_CHANNEL)
        try:
            if not await connection.owns_outbox():
                return 0
            rows = await connection.mark_sent_and_fetch([], self._batch_size)
            if rows:
                await self._publish(rows)
                await connection.mark_sent_and_fetch([row.position for row in rows], 0)
            return len(rows)
        finally:
            await connection.close()

    async def prune_sent(self) -> int:
        """Delete rows published longer ago than `keep_sent` (kept meanwhile for inspection)."""
        cutoff = datetime.now(UTC) - self._keep_sent
        async with self._engine.begin() as connection:
            result = await connection.execute(delete(outbox).where(outbox.c.sent_at < cutoff))
        return int(result.rowcount)

    async def _publish_until_idle(self, connection: RelayConnection, until: float) -> None:
        """Publish batch after batch until the outbox is empty, then wait for the next commit; under
        constant load, return at `until` (rows marked) so the caller's housekeeping still runs."""
        sent: list[int] = []
        while True:
            rows = await connection.mark_sent_and_fetch(sent, self._batch_size)
            sent = []
            if not rows:
                await connection.wait_for_commit(self._idle_wait)
                return
            await self._publish(rows)
            sent = [row.position for row in rows]
            if time.monotonic() >= until:
                await connection.mark_sent_and_fetch(sent, 0)
                return

    async def _publish(self, rows: Sequence[OutboxRow]) -> None:
        messages = [OutgoingMessage(topic=r.topic, key=r.key, value=r.envelope.encode()) for r in rows]
        await self._bus.publish(messages)
        if self._after_publish is not None:
            await self._after_publish(messages)


async def _close_quietly(connection: RelayConnection) -> None:
    """Drop a connection that failed (its lock goes with the session); the next pass reconnects."""
    try:
        await connection.close()
    except psycopg.Error as error:
        log.info("relay_connection_close_failed", error=str(error))
