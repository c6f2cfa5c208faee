"""A service's whole event flow on real parts: use cases commit events through the unit of work,
the outbox relay publishes them, the consumer runner applies a handler that records its effect."""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable

from servicekit.bus.interface import Bus
from servicekit.consumers import ConsumerRunner, HandlerRegistry, RetryPolicy
from servicekit.consumers.runner import AfterEffects
from servicekit.db import create_engine, session_factory
from servicekit.events import Envelope
from servicekit.outbox.tables import outbox_metadata
from servicekit.relay import OutboxRelay
from servicekit.relay.relay import AfterPublish
from servicekit.uow import SqlAlchemyUnitOfWork
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from .messages import fresh_service, thing_changed

EFFECTS = "CREATE TABLE effects (id bigserial PRIMARY KEY, event_id uuid NOT NULL, key text, seq int)"

Poison = Callable[[Envelope], bool]


class Flow:
    """One producing-and-consuming service on its own database and topic."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.service = fresh_service()
        self.sessions = session_factory(engine)
        self.poison: Poison = lambda envelope: False
        self.registry = HandlerRegistry()
        self.registry.register(f"{self.service}.thing.changed", 1, self._record_effect)

    @classmethod
    @contextlib.asynccontextmanager
    async def on(cls, database_url: str) -> AsyncIterator[Flow]:
        engine = create_engine(database_url)
        async with engine.begin() as connection:
            await connection.run_sync(outbox_metadata.create_all)
            await connection.execute(text(EFFECTS))
        try:
            yield cls(engine)
        finally:
            await engine.dispose()

    async def produce(self, keys: list[str], seqs: range, *, pause: float = 0.0) -> None:
        """One use case per event, interleaving keys, each committing its event through the outbox."""
        for seq in seqs:
            for key in keys:
                async with SqlAlchemyUnitOfWork(self.sessions, producer=self.service) as uow:
                    uow.publish(thing_changed(self.service, key, seq))
                    await uow.commit()
                if pause:
                    await asyncio.sleep(pause)

    def relay(
        self, bus: Bus, *, after_publish: AfterPublish | None = None, idle_wait: float = 1.0
    ) -> OutboxRelay:
        return OutboxRelay(self.engine, bus, batch_size=50, idle_wait=idle_wait, after_publish=after_publish)

    def consumer(self, bus: Bus, *, after_effects: AfterEffects | None = None) -> ConsumerRunner:
        return ConsumerRunner(
            bus,
            self.sessions,
            self.registry,
            group=self.service,
            fetch_wait=0.5,
            retry=RetryPolicy(max_attempts=3, first_delay=0.05, max_delay=0.2),
            after_effects=after_effects,
        )

    async def effects(self) -> dict[str, list[int]]:
        """Per key, the seqs whose effect was applied, in the order they were applied."""
        async with self.engine.connect() as connection:
            rows = await connection.execute(text("SELECT key, seq FROM effects ORDER BY id"))
            applied: dict[str, list[int]] = defaultdict(list)
            for key, seq in rows:
                applied[key].append(seq)
        return dict(applied)

    async def effect_count(self) -> int:
        async with self.engine.connect() as connection:
            return int((await connection.execute(text("SELECT count(*) FROM effects"))).scalar_one())

    async def wait_for_effects(self, count: int, give_up_after: float = 90.0) -> None:
        await eventually(lambda: self._has_at_least(count), give_up_after)

    async def unsent(self) -> int:
        async with self.engine.connect() as connection:
            return int(
                (
                    await connection.execute(text("SELECT count(*) FROM outbox WHERE sent_at IS NULL"))
                ).scalar_one()
            )

    async def _has_at_least(self, count: int) -> bool:
        return await self.effect_count() >= count

    async def _record_effect(self, session: AsyncSession, envelope: Envelope) -> None:
        if self.poison(envelope):
            raise ValueError(f"cannot handle {envelope.key}")
        await session.execute(
            text("INSERT INTO effects (event_id, key, seq) VALUES (:id, :key, :seq)"),
            {"id": envelope.id, "key": envelope.key, "seq": envelope.payload["seq"]},
        )


async def eventually(condition: Callable[[], Awaitable[bool]], give_up_after: float = 90.0) -> None:
    """Wait until `condition` holds; fail with a clear message if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + give_up_after
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition still false after {give_up_after} s")
        await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def running(*workers: Awaitable[None]) -> AsyncIterator[list[asyncio.Task[None]]]:
    """Run relays and consumers in the background for the block; cancel them after."""
    tasks = [asyncio.ensure_future(worker) for worker in workers]
    try:
        yield tasks
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
