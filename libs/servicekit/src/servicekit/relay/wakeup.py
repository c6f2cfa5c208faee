"""LISTEN on a PostgreSQL channel so a waiting loop wakes on the next commit instead of polling."""

from __future__ import annotations

import asyncio

import psycopg
from psycopg import sql
from psycopg.rows import TupleRow


class ChannelListener:
    """`await wait(seconds)` returns on a notification on `channel` or after that many seconds."""

    def __init__(self, url: str, channel: str) -> None:
        self._url = url
        self._channel = channel
        self._connection: psycopg.AsyncConnection[TupleRow] | None = None

    async def wait(self, seconds: float) -> None:
        try:
            connection = await self._connected()
            async for _ in connection.notifies(timeout=seconds, stop_after=1):
                pass
        except psycopg.OperationalError:
            await self.close()
            await asyncio.sleep(seconds)  # the database is away: the caller's next attempt reports it

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()

    async def _connected(self) -> psycopg.AsyncConnection[TupleRow]:
        if self._connection is None or self._connection.closed:
            connection = await psycopg.AsyncConnection.connect(self._url, autocommit=True, connect_timeout=3)
            await connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
            self._connection = connection
        return self._connection
