"""A service's event backbone in one call: the bus, its outbox relay and its consumers, run as
background tasks for the life of the app (FastAPI lifespan or the platform supervisor).

    async with run_event_backbone(settings, engine, registry) as bus:
        checks["bus"] = bus_readiness_check(bus)
        ...
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from servicekit.bus.interface import Bus, BusUnavailable
from servicekit.bus.selection import bus_from_settings
from servicekit.consumers.registry import HandlerRegistry
from servicekit.consumers.runner import ConsumerRunner
from servicekit.db import session_factory
from servicekit.relay.relay import OutboxRelay
from servicekit.settings import ServiceSettings

log = structlog.get_logger(__name__)


@contextlib.asynccontextmanager
async def run_event_backbone(
    settings: ServiceSettings, engine: AsyncEngine, registry: HandlerRegistry | None = None
) -> AsyncIterator[Bus]:
    """Start the relay (and the consumers, when `registry` has handlers); stop them on exit.

    The service starts even while the bus is down: the relay and consumers retry with backoff and
    `/readyz` reports the bus until it answers.
    """
    bus = bus_from_settings(settings)
    with contextlib.suppress(BusUnavailable):
        await bus.start()
    tasks = [asyncio.create_task(OutboxRelay(engine, bus).run(), name="outbox-relay")]
    if registry is not None and registry.topics:
        runner = ConsumerRunner(bus, session_factory(engine), registry, group=settings.service_name)
        tasks.append(asyncio.create_task(runner.run(), name="event-consumers"))
    for task in tasks:
        task.add_done_callback(_log_unexpected_end)
    try:
        yield bus
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await bus.stop()


def _log_unexpected_end(task: asyncio.Task[None]) -> None:
    """The relay and consumers run until cancelled; any other end stops events silently, so say so."""
    if not task.cancelled() and task.exception() is not None:
        log.error("event_backbone_task_failed", task=task.get_name(), exc_info=task.exception())
