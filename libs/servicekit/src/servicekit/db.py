"""Async SQLAlchemy engine and sessions over psycopg 3."""

from __future__ import annotations

import psycopg
from sqlalchemy import MetaData
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from servicekit.postgres import sqlalchemy_url

# Deterministic constraint names so Alembic autogenerate and migrations agree across databases.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A service's connections, all it may hold (no overflow): 10 per service keeps six services and their
# relays under PostgreSQL's default max_connections of 100, and a transaction that holds nothing
# slow (no password hashing, no calls out) lasts milliseconds, so 10 serve more transactions than
# two cores can start. Waiting longer than POOL_WAIT_SECONDS means the database is stuck: the
# request is told to retry (ServiceBusy) rather than queue without bound. docs/decisions/0009.
POOL_SIZE = 10
POOL_WAIT_SECONDS = 3.0
LOCK_WAIT_MS = 5000


def new_metadata() -> MetaData:
    """A MetaData with the shared naming convention; each service declares its own."""
    return MetaData(naming_convention=NAMING_CONVENTION)


def create_engine(
    url: str, *, pool_size: int = POOL_SIZE, pool_wait_seconds: float = POOL_WAIT_SECONDS
) -> AsyncEngine:
    """An async engine for a libpq-style URL holding at most `pool_size` connections; timestamps
    are exchanged in UTC, and a row lock not granted within 5 s fails rather than waits on."""
    return create_async_engine(
        sqlalchemy_url(url),
        # A failed statement's message would carry its parameters (emails, names, token hashes) into
        # the logged traceback.
        hide_parameters=True,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=pool_wait_seconds,
        pool_pre_ping=True,
        connect_args={"options": f"-c timezone=UTC -c lock_timeout={LOCK_WAIT_MS}"},
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit (results are mapped after the UoW)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def is_out_of_capacity(error: BaseException) -> bool:
    """No connection came free in time, or a row lock was not granted within the lock timeout:
    contention, not a bug, and the same request may well succeed when retried."""
    if isinstance(error, PoolTimeout):
        return True
    return isinstance(error, DBAPIError) and isinstance(error.orig, psycopg.errors.LockNotAvailable)
