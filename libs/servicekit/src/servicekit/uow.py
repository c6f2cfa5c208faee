"""The unit of work: owns the transaction; its commit writes the recorded events to the outbox."""

from __future__ import annotations

from types import TracebackType
from typing import Self, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from servicekit.db import is_out_of_capacity
from servicekit.errors import ServiceBusy
from servicekit.events import Event, envelope_for
from servicekit.outbox.writer import write_outbox
from servicekit.request_context import current_request_id


class SqlAlchemyUnitOfWork:
    """`async with uow: ...; await uow.commit()`; leaving without commit rolls back.

    A connection that does not come free in time, or a row lock not granted in time, leaves as
    ServiceBusy (TOO_BUSY): an answer the caller can retry, not an internal error.
    """

    session: AsyncSession

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, producer: str) -> None:
        self._sessions = sessions
        self._producer = producer
        self._events: list[Event] = []
        self._joined = False
        self._trace_id: str | None = None

    @classmethod
    def joining(cls, session: AsyncSession, *, producer: str, trace_id: str | None) -> Self:
        """This unit of work inside a transaction it does not own (a consumer's, which the runner
        commits with the inbox row, or rolls back): `commit` writes the outbox and flushes, and
        leaving neither rolls back nor closes. So a use case runs unchanged inside a consumer."""
        uow = cls(cast("async_sessionmaker[AsyncSession]", lambda: session), producer=producer)
        uow._joined, uow._trace_id = True, trace_id
        return uow

    async def __aenter__(self) -> SqlAlchemyUnitOfWork:
        self.session = self._sessions()
        self._events = []
        if not self._joined:
            await self.session.begin()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._joined:
            return
        try:
            if self.session.in_transaction():
                await self.session.rollback()
        finally:
            await self.session.close()
        if exc is not None and is_out_of_capacity(exc):
            raise ServiceBusy() from exc

    def publish(self, event: Event) -> None:
        """Record an event; it is written to the outbox by `commit`, in the same transaction."""
        self._events.append(event)

    async def commit(self) -> None:
        trace_id = self._trace_id if self._joined else current_request_id()
        envelopes = [envelope_for(e, producer=self._producer, trace_id=trace_id) for e in self._events]
        await write_outbox(self.session, envelopes)
        if self._joined:
            await self.session.flush()
        else:
            await self.session.commit()
        self._events = []

    async def rollback(self) -> None:
        await self.session.rollback()
        self._events = []
