"""Alembic operations that create the event tables in a service's database."""

from __future__ import annotations

from typing import Any

from servicekit.outbox.tables import dead_letters, inbox, outbox

EVENT_TABLES = (outbox, inbox, dead_letters)


def create_outbox_tables(op: Any) -> None:
    """Call from a service's first migration: `create_outbox_tables(op)` creates the outbox (with the
    trigger that wakes the relay), the consumers' inbox and the dead-letter store."""
    bind = op.get_bind()
    for table in EVENT_TABLES:
        table.create(bind, checkfirst=True)


def drop_outbox_tables(op: Any) -> None:
    bind = op.get_bind()
    for table in reversed(EVENT_TABLES):
        table.drop(bind, checkfirst=True)
