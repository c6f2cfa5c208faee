"""Real outages of each bus: the Kafka broker process stopped, or the bus database refusing and
dropping every connection (what a PostgreSQL restart looks like to its clients)."""

from __future__ import annotations

import asyncio
from typing import Protocol

import psycopg
from psycopg import sql
from servicekit.bus.kafka_broker import KafkaBroker
from servicekit.postgres import with_database
from sqlalchemy.engine import make_url


class BusOutage(Protocol):
    async def begin(self) -> None: ...

    async def end(self) -> None: ...


class KafkaOutage:
    def __init__(self, broker: KafkaBroker) -> None:
        self._broker = broker

    async def begin(self) -> None:
        await asyncio.to_thread(self._broker.stop)

    async def end(self) -> None:
        await asyncio.to_thread(self._broker.start)


class PgLogOutage:
    def __init__(self, bus_url: str) -> None:
        self._bus_url = bus_url
        name = make_url(bus_url).database
        assert name
        self._name = name

    async def begin(self) -> None:
        await self._set_allow_connections(False)
        async with await psycopg.AsyncConnection.connect(self._maintenance, autocommit=True) as connection:
            await connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (self._name,)
            )

    async def end(self) -> None:
        await self._set_allow_connections(True)

    @property
    def _maintenance(self) -> str:
        return with_database(self._bus_url, "postgres")

    async def _set_allow_connections(self, allowed: bool) -> None:
        statement = sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS {}").format(
            sql.Identifier(self._name), sql.Literal(allowed)
        )
        async with await psycopg.AsyncConnection.connect(self._maintenance, autocommit=True) as connection:
            await connection.execute(statement)
