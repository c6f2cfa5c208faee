"""The fixtures of `servicekit.testing`."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from servicekit.migrations import upgrade_to_head
from servicekit.postgres import (
    drop_database,
    start_embedded_server,
    stop_embedded_server,
    with_database,
)
from servicekit.testing.s3_server import VersityGateway, VersityGatewayMissing

MakeDatabase = Callable[[str, Path], str]


@pytest.fixture(scope="session")
def s3_server() -> Iterator[VersityGateway]:
    """A real S3-compatible server (Versity Gateway) on loopback for the session, started on first use."""
    gateway = VersityGateway(Path(tempfile.mkdtemp(prefix="eventxperts-s3-")) / "buckets")
    try:
        gateway.start()
    except VersityGatewayMissing as missing:
        pytest.fail(str(missing))
    try:
        yield gateway
    finally:
        gateway.stop()


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A real PostgreSQL server for the whole test session: DATABASE_URL, else an embedded one.

    The embedded server lives in a private temporary directory, not pytest's shared basetemp, which
    pytest prunes while other sessions may still be using it.
    """
    if url := os.environ.get("DATABASE_URL"):
        yield url
        return
    data_dir = Path(tempfile.mkdtemp(prefix="eventxperts-pg-"))
    try:
        yield start_embedded_server(data_dir, stop_on_exit=False)
    finally:
        stop_embedded_server(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def make_migrated_database(pg_server_url: str) -> Iterator[MakeDatabase]:
    """`make(name, migrations_dir) -> url`: a fresh database with the service's migrations applied,
    dropped at the end of the session."""
    created: list[str] = []

    def make(name: str, script_location: Path) -> str:
        url = with_database(pg_server_url, f"test_{name}_{uuid.uuid4().hex[:8]}")
        upgrade_to_head(script_location, url)
        created.append(url)
        return url

    yield make
    for url in created:
        drop_database(url)


async def isolated_sessions(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions that all share one outer transaction, rolled back at the end: a unit of work's
    commit becomes a savepoint release, so each test leaves the database as it found it."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        try:
            yield async_sessionmaker(
                bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
        finally:
            await transaction.rollback()
