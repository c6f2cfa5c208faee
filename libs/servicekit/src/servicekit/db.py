"""Async SQLAlchemy engine and sessions over psycopg 3."""

from __future__ import annotations

from sqlalchemy import MetaData
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


def new_metadata() -> MetaData:
    """A MetaData with the shared naming convention; each service declares its own."""
    return MetaData(naming_convention=NAMING_CONVENTION)


def create_engine(url: str, *, pool_size: int = 5) -> AsyncEngine:
    """An async engine for a libpq-style URL; timestamps are exchanged in UTC."""
    return create_async_engine(
        sqlalchemy_url(url),
        # A failed statement's message would carry its parameters (emails, names, token hashes) into
        # the logged traceback.
        hide_parameters=True,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        connect_args={"options": "-c timezone=UTC -c lock_timeout=5000"},
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit (results are mapped after the UoW)."""
    return async_sessionmaker(engine, expire_on_commit=False)
