"""Runs a service's handlers on its consumer group: one transaction per event (effects + inbox row),
then the offset commit; retries with backoff, then the dead-letter store.

Offsets are committed only after the handlers' transactions (gathered for up to COMMIT_EVERY
seconds, see `offsets.py`), so a crash in between redelivers the events and the inbox makes the
redelivery a no-op. A parked event no longer blocks its key: later
events of that key go on (the dead letter records which one was skipped, and replay applies it).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

import structlog
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from servicekit.bus.interface import Bus, BusUnavailable, Delivery, Subscription
from servicekit.consumers import dead_letters, inbox
from servicekit.consumers.offsets import PendingOffsets
from servicekit.consumers.registry import Handler, HandlerRegistry
from servicekit.consumers.retry import RECONNECT, RetryPolicy
from servicekit.events import Envelope

log = structlog.get_logger(__name__)

AfterEffects = Callable[[Sequence[Delivery]], Awaitable[None]]
OnSuccess = Callable[[AsyncSession], Awaitable[None]]

# Events applied in one transaction when all goes well: fewer commits, same exactly-once effects.
TOGETHER = 100

# Offsets of applied events are committed at most this long (seconds) after the first of them.
COMMIT_EVERY = 0.1

# Dead letters an operator asked to replay are looked for at most this often (seconds), not per batch.
REPLAY_CHECK_EVERY = 1.0

# The service's own database going away is not the event's fault: wait for it, never dead-letter.
INFRASTRUCTURE_ERRORS = (OperationalError, InterfaceError, OSError)


class ConsumerRunner:
    """`await runner.run()` until cancelled."""

    def __init__(
        self,
        bus: Bus,
        sessions: async_sessionmaker[AsyncSession],
        registry: HandlerRegistry,
        *,
        group: str,
        retry: RetryPolicy | None = None,
        fetch_wait: float = 1.0,
        after_effects: AfterEffects | None = None,
    ) -> None:
        self._bus = bus
        self._sessions = sessions
        self._registry = registry
        self._group = group
        self._retry = retry or RetryPolicy()
        self._fetch_wait = fetch_wait
        # Fault-injection point for tests: runs after the batch's transactions, before the offset commit.
        self._after_effects = after_effects
        self._pending = PendingOffsets(COMMIT_EVERY)

    async def run(self) -> None:
        subscription = self._bus.subscribe(self._group, self._registry.topics)
        started = False
        failures = 0
        next_replay_check = 0.0
        try:
            while True:
                try:
                    if not started:
                        await subscription.start()
                        started = True
                    if (now := time.monotonic()) >= next_replay_check:
                        await self.replay_requested()
                        next_replay_check = now + REPLAY_CHECK_EVERY
                    await self._consume_batch(subscription)
                    failures = 0
                except (BusUnavailable, DBAPIError, OSError) as error:
                    failures += 1
                    log.warning("consumer_paused", group=self._group, error=str(error), failures=failures)
                    if started:
                        # Fetched but uncommitted events must come again: rejoining resumes from the
                        # group's committed offsets (the inbox absorbs what was already applied).
                        started = False
                        self._pending.forget()
                        with contextlib.suppress(Exception):
                            await subscription.stop()
                    await asyncio.sleep(RECONNECT.delay_after(failures))
        finally:
            if started:
                await self._commit_on_the_way_out(subscription)
                await subscription.stop()

    async def _consume_batch(self, subscription: Subscription) -> None:
        deliveries = await subscription.fetch(self._pending.fetch_wait(self._fetch_wait))
        for start in range(0, len(deliveries), TOGETHER):
            await self._process_together(deliveries[start : start + TOGETHER])
        self._pending.add(deliveries)
        if self._pending.due(ran_dry=not deliveries):
            await self._commit(subscription, self._pending.take())

    async def _commit(self, subscription: Subscription, applied: Sequence[Delivery]) -> None:
        if self._after_effects is not None:
            await self._after_effects(applied)
        await subscription.commit(applied)

    async def _commit_on_the_way_out(self, subscription: Subscription) -> None:
        """Best effort when stopping: what is not committed here is redelivered and absorbed."""
        if applied := self._pending.take():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._commit(subscription, applied), timeout=2.0)

    async def _process_together(self, deliveries: Sequence[Delivery]) -> None:
        """The usual case in one transaction (one inbox statement, one commit); if anything in it
        fails, each event on its own with retries, so one poison message parks only itself."""
        try:
            work = [
                (handler, envelope)
                for envelope in (d.envelope() for d in deliveries)
                if (handler := self._registry.handler_for(envelope)) is not None
            ]
            async with self._sessions() as session, session.begin():
                fresh = await inbox.claim_all(session, [envelope for _, envelope in work])
                for handler, envelope in work:
                    if envelope.id in fresh:
                        fresh.discard(envelope.id)  # a duplicate within the batch runs once
                        await handler(session, envelope)
        except Exception as error:
            log.info("batch_fell_back_to_one_by_one", error=repr(error), events=len(deliveries))
            for delivery in deliveries:
                await self.process(delivery)

    async def process(self, delivery: Delivery) -> None:
        """Apply one delivered event exactly once, or park it after the retries."""
        try:
            envelope = delivery.envelope()
        except ValidationError as error:
            await self._park_unreadable(delivery, error)
            return
        handler = self._registry.handler_for(envelope)
        if handler is not None:
            await self._apply_with_retries(handler, envelope)

    async def replay_requested(self) -> None:
        """Run the dead letters an operator asked to replay (`eventxperts dlq replay`)."""
        async with self._sessions() as session:
            requested = await dead_letters.replays_requested(session)
        for dead_letter_id, envelope in requested:
            handler = self._registry.handler_for(envelope)
            if handler is None:
                await self._park(envelope, f"no handler for {envelope.type} v{envelope.version}", 1)
                continue

            async def mark(session: AsyncSession, dead_letter_id: int = dead_letter_id) -> None:
                await dead_letters.mark_replayed(session, dead_letter_id)

            await self._apply_with_retries(handler, envelope, on_success=mark, policy=RetryPolicy(1))

    async def _apply_with_retries(
        self,
        handler: Handler,
        envelope: Envelope,
        *,
        on_success: OnSuccess | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        policy = policy or self._retry
        failures = outages = 0
        while True:
            try:
                await self._apply(handler, envelope, on_success)
                return
            except INFRASTRUCTURE_ERRORS as error:
                outages += 1
                log.warning("consumer_database_unavailable", error=str(error))
                await asyncio.sleep(RECONNECT.delay_after(outages))
            except Exception as error:
                failures += 1
                log.warning(
                    "handler_failed",
                    event_id=str(envelope.id),
                    type=envelope.type,
                    attempt=failures,
                    error=repr(error),
                )
                if policy.gives_up_after(failures):
                    await self._park(envelope, repr(error), failures)
                    return
                await asyncio.sleep(policy.delay_after(failures))

    async def _apply(self, handler: Handler, envelope: Envelope, on_success: OnSuccess | None) -> None:
        async with self._sessions() as session, session.begin():
            if await inbox.claim(session, envelope):
                await handler(session, envelope)
            if on_success is not None:
                await on_success(session)

    async def _park(self, envelope: Envelope, error: str, attempts: int) -> None:
        log.error("event_dead_lettered", event_id=str(envelope.id), type=envelope.type, error=error)
        async with self._sessions() as session, session.begin():
            await dead_letters.park(session, envelope, error=error, attempts=attempts)

    async def _park_unreadable(self, delivery: Delivery, error: ValidationError) -> None:
        """An envelope that does not parse is kept as raw text under a stable made-up id."""
        where = f"{delivery.topic}/{delivery.partition}/{delivery.offset}"
        envelope = Envelope(
            id=uuid.uuid5(uuid.NAMESPACE_URL, where),
            type=f"{delivery.topic}.unreadable",
            version=0,
            occurred_at=datetime.now(UTC),
            producer="unknown",
            key=delivery.key,
            trace_id=None,
            payload={"raw": delivery.value.decode(errors="replace")},
        )
        await self._park(envelope, f"unreadable envelope: {error}", 1)
