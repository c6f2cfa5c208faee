"""The event tables every service database has (created by `migration_ops.create_outbox_tables`):
the outbox the relay publishes, the inbox and dead letters of the service's consumers."""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    event,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID

from servicekit.db import NAMING_CONVENTION

outbox_metadata = MetaData(naming_convention=NAMING_CONVENTION)

OUTBOX_CHANNEL = "outbox"

outbox = Table(
    "outbox",
    outbox_metadata,
    # The identity column is the publishing order; per key it is the order events happened in.
    Column("position", BigInteger, primary_key=True, autoincrement=True),
    Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
    Column("topic", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("envelope", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Index("ix_outbox_unsent", "position", postgresql_where=text("sent_at IS NULL")),
)

# The relay LISTENs on this channel: a committed insert wakes it at once, without polling.
_NOTIFY_RELAY = f"""
CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('{OUTBOX_CHANNEL}', ''); RETURN NULL; END $$;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
"""
event.listen(outbox, "after_create", DDL(_NOTIFY_RELAY))  # type: ignore[no-untyped-call]
event.listen(outbox, "after_drop", DDL("DROP FUNCTION IF EXISTS outbox_notify()"))  # type: ignore[no-untyped-call]

inbox = Table(
    "inbox",
    outbox_metadata,
    # Written in the handler's transaction: a redelivered event finds its id here and has no effect.
    Column("event_id", UUID(as_uuid=True), primary_key=True),
    Column("type", Text, nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

dead_letters = Table(
    "dead_letters",
    outbox_metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("event_id", UUID(as_uuid=True), nullable=False, unique=True),
    Column("topic", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("envelope", JSONB, nullable=False),
    Column("error", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("parked_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("replay_requested_at", DateTime(timezone=True), nullable=True),
    Column("replayed_at", DateTime(timezone=True), nullable=True),
    Index(
        "ix_dead_letters_replay",
        "id",
        postgresql_where=text("replay_requested_at IS NOT NULL AND replayed_at IS NULL"),
    ),
)
