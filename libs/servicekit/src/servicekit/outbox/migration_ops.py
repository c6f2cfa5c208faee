"""Alembic operations that create the event tables in a service's database."""

from __future__ import annotations

from typing import Any

from servicekit.outbox.tables import outbox


def create_outbox_tables(op: Any) -> None:
    """Call from a service's first migration: `create_outbox_tables(op)`."""
    bind = op.get_bind()
    outbox.create(bind, checkfirst=True)


def drop_outbox_tables(op: Any) -> None:
    bind = op.get_bind()
    outbox.drop(bind, checkfirst=True)
