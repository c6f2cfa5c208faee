"""Tables of the PostgreSQL log, in its own database (`eventxperts_bus`), shared by the services the
way a Kafka cluster is: each service still reads only its own database, plus the bus.

- `bus_topics` hands out offsets: appending locks the topic's row until commit, so offsets become
  visible in order and a reader that has seen offset N will never later find an N-1 appear.
- `bus_log` holds the messages; one partition per topic, so order per key is the topic's order.
- `bus_offsets` is each consumer group's committed position per topic.
- Like Kafka's `retention.ms`, messages older than the retention (7 days by default) are deleted;
  offsets keep counting up, so nothing is ever read twice or out of order because of it.
The bus creates them itself on first use, as Kafka formats its own storage.
"""

from __future__ import annotations

import psycopg
from psycopg.rows import TupleRow

NOTIFY_CHANNEL = "bus_log"

SCHEMA = """
CREATE TABLE IF NOT EXISTS bus_topics (
    topic text PRIMARY KEY,
    next_offset bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS bus_log (
    topic text NOT NULL,
    "offset" bigint NOT NULL,
    key text NOT NULL,
    value bytea NOT NULL,
    appended_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, "offset")
);
CREATE INDEX IF NOT EXISTS bus_log_appended_at ON bus_log (appended_at);
CREATE TABLE IF NOT EXISTS bus_offsets (
    group_id text NOT NULL,
    topic text NOT NULL,
    next_offset bigint NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, topic)
);
"""

# Two processes creating the schema at once would race on the catalog; one lock makes them take turns.
SCHEMA_LOCK = 7_416_000_001


async def create_schema(connection: psycopg.AsyncConnection[TupleRow]) -> None:
    async with connection.transaction():
        await connection.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        await connection.execute(SCHEMA)
