"""The outbox relay: publishes a service's outbox rows in order, at least once, and marks them sent.

Each pass runs in one transaction holding a transaction-scoped advisory lock, so two relays of one
service never publish the same rows at once (the other waits its turn), and a relay that dies
between publishing and marking leaves the rows unsent: they are published again (consumers'
inboxes absorb the duplicate). Order: rows go out by `position`, which per aggregate is the commit
order because a use case changes its aggregate under that aggregate's row lock.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from servicekit.bus.interface import Bus, BusUnavailable, OutgoingMessage
from servicekit.consumers.retry import RECONNECT
from servicekit.outbox.tables import OUTBOX_CHANNEL, outbox
from servicekit.relay.wakeup import ChannelListener

RELAY_LOCK = 7_416_000_002
PRUNE_EVERY_SECONDS = 3600.0
log = structlog.get_logger(__name__)

AfterPublish = Callable[[Sequence[OutgoingMessage]], Awaitable[None]]


class OutboxRelay:
    """`await relay.run()` until cancelled; `publish_pending()` does one pass."""

    def __init__(self, engine: AsyncEngine, bus: Bus, *, batch_size: int = 500, idle_wait: float = 5.0,
                 keep_sent: timedelta = timedelta(days=7), after_publish: AfterPublish | None = None) -> None:
        self._engine = engine
        self._keep_sent = keep_sent
        self._bus = bus
        self._batch_size = batch_size
        self._idle_wait = idle_wait
        # Fault-injection point for tests: runs after the bus acknowledged, before rows are marked sent.
        self._after_publish = after_publish

    async def run(self) -> None:
        url = self._engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        listener = ChannelListener(url, OUTBOX_CHANNEL)
        failures = 0
        next_prune = 0.0
        try:
            while True:
                try:
                    if (now := time.monotonic()) >= next_prune:
                        await self.prune_sent()
                        next_prune = now + PRUNE_EVERY_SECONDS
                    published = await self.publish_pending()
                except (BusUnavailable, DBAPIError, OSError) as error:
                    failures += 1
                    log.warning("relay_publish_failed", error=str(error), failures=failures)
                    await asyncio.sleep(RECONNECT.delay_after(failures))
                    continue
                failures = 0
                if published < self._batch_size:
                    await listener.wait(self._idle_wait)
        finally:
            await listener.close()

    async def publish_pending(self) -> int:
        """Publish the next batch of unsent rows and mark them sent; return how many."""
        async with self._engine.connect() as connection, connection.begin():
            if not await connection.scalar(select(func.pg_try_advisory_xact_lock(RELAY_LOCK))):
                return 0  # another relay of this service is publishing; it will get these rows
            positions, messages = await self._next_batch(connection)
            if not messages:
                return 0
            await self._bus.publish(messages)
            if self._after_publish is not None:
                await self._after_publish(messages)
            await connection.execute(
                update(outbox).where(outbox.c.position.in_(positions)).values(sent_at=func.now()))
        return len(messages)

    async def prune_sent(self) -> int:
        """Delete rows published longer ago than `keep_sent` (kept meanwhile for inspection)."""
        cutoff = datetime.now(UTC) - self._keep_sent
        async with self._engine.begin() as connection:
            result = await connection.execute(delete(outbox).where(outbox.c.sent_at < cutoff))
        return int(result.rowcount)

    async def _next_batch(self, connection: AsyncConnection) -> tuple[list[int], list[OutgoingMessage]]:
        rows = (await connection.execute(
            select(outbox.c.position, outbox.c.topic, outbox.c.key, outbox.c.envelope)
            .where(outbox.c.sent_at.is_(None)).order_by(outbox.c.position).limit(self._batch_size)
        )).all()
        messages = [OutgoingMessage(topic=r.topic, key=r.key, value=json.dumps(r.envelope).encode())
                    for r in rows]
        return [r.position for r in rows], messages
