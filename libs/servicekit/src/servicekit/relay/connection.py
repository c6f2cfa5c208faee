"""The relay's own database connection: the lock that makes it the service's one publisher, the
wake-up on each outbox commit, and one statement per pass that marks the last batch sent and reads
the next.

- Ownership: a session advisory lock. Only the relay holding it reads and publishes; it keeps it
  for the life of the connection, so passes pay no lock round trip. A relay whose connection dies
  loses the lock with it, and another takes over from the first unsent row.
- Wake-up: LISTEN on the outbox channel; a burst of notifications wakes the relay once.
- Autocommit: the marking commits with its statement, before the rows are handed back.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql
from psycopg.rows import TupleRow

RELAY_LOCK = 7_416_000_002

# The data-modifying CTE runs to completion whatever the SELECT reads; the SELECT sees the snapshot
# from before the UPDATE, hence the explicit exclusion of the rows it marks.
MARK_SENT_AND_FETCH = """
WITH marked AS (UPDATE outbox SET sent_at = now() WHERE position = ANY(%(sent)s::bigint[]))
SELECT position, topic, key, envelope::text FROM outbox
WHERE sent_at IS NULL AND NOT position = ANY(%(sent)s::bigint[])
ORDER BY position LIMIT %(limit)s
"""


@dataclass(frozen=True)
class OutboxRow:
    """One unsent outbox row, with its envelope as the JSON text that goes on the bus."""

    position: int
    topic: str
    key: str
    envelope: str


class RelayConnection:
    """`await RelayConnection.open(url, channel)`; `close()` releases the lock with the session."""

    def __init__(self, connection: psycopg.AsyncConnection[TupleRow]) -> None:
        self._connection = connection
        self._owner = False

    @classmethod
    async def open(cls, url: str, channel: str) -> RelayConnection:
        connection = await psycopg.AsyncConnection.connect(url, autocommit=True, connect_timeout=3)
        try:
            await connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except BaseException:
            await connection.close()
            raise
        return cls(connection)

    async def owns_outbox(self) -> bool:
        """True once this connection holds the relay lock (tried again on each call until then)."""
        if not self._owner:
            cursor = await self._connection.execute("SELECT pg_try_advisory_lock(%s)", (RELAY_LOCK,))
            row = await cursor.fetchone()
            self._owner = bool(row and row[0])
        return self._owner

    async def mark_sent_and_fetch(self, sent: list[int], limit: int) -> list[OutboxRow]:
        """Mark the `sent` positions as sent (committed on return) and read the next unsent rows."""
        if not self._owner:
            raise RuntimeError("the relay lock is not held")
        cursor = await self._connection.execute(MARK_SENT_AND_FETCH, {"sent": sent, "limit": limit})
        return [OutboxRow(*row) for row in await cursor.fetchall()]

    async def wait_for_commit(self, seconds: float) -> None:
        """Return on the next outbox commit (or one that came meanwhile), or after `seconds`."""
        async for _ in self._connection.notifies(timeout=seconds, stop_after=1):
            pass
        # The rest of a burst: the next read sees all those commits anyway.
        async for _ in self._connection.notifies(timeout=0):
            pass

    async def close(self) -> None:
        self._owner = False
        await self._connection.close()
