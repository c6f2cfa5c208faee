"""The embedded bus: an append-only log in PostgreSQL with Kafka's semantics (see schema.py)."""

from servicekit.bus.pglog.backend import PgLogBus

__all__ = ["PgLogBus"]
