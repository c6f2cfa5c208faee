"""Handlers per event type and version, and the topics a service therefore subscribes to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast
from uuid import uuid4

import pytest
from servicekit.consumers import HandlerRegistry, RetryPolicy
from servicekit.consumers.registry import DuplicateHandler, Handler
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession


async def ignore(session: AsyncSession, envelope: Envelope) -> None:
    return None


def envelope(event_type: str, version: int) -> Envelope:
    return Envelope(
        id=uuid4(),
        type=event_type,
        version=version,
        occurred_at=datetime.now(UTC),
        producer="users",
        key="u1",
        trace_id=None,
        payload={},
    )


def test_a_handler_is_found_by_type_and_version_only() -> None:
    registry = HandlerRegistry()
    registry.on("users.user.registered", version=1)(ignore)
    assert registry.handler_for(envelope("users.user.registered", 1)) is ignore
    assert registry.handler_for(envelope("users.user.registered", 2)) is None
    assert registry.handler_for(envelope("users.user.deactivated", 1)) is None


def test_the_topics_are_one_per_aggregate_and_version() -> None:
    registry = HandlerRegistry()
    for event_type, version in [
        ("users.user.registered", 1),
        ("users.user.deactivated", 1),
        ("users.user.registered", 2),
        ("calendar.booking.confirmed", 1),
    ]:
        registry.register(event_type, version, ignore)
    assert registry.topics == ["calendar.booking.v1", "users.user.v1", "users.user.v2"]


def test_a_second_handler_for_the_same_event_is_refused() -> None:
    registry = HandlerRegistry()
    registry.register("users.user.registered", 1, ignore)
    with pytest.raises(DuplicateHandler) as refused:
        registry.register("users.user.registered", 1, ignore)
    assert refused.value.code == "DUPLICATE_HANDLER"


def test_retries_wait_twice_as_long_each_time_up_to_the_cap_then_give_up() -> None:
    policy = RetryPolicy(max_attempts=5, first_delay=0.2, max_delay=1.0)
    assert [policy.delay_after(n) for n in range(1, 6)] == [0.2, 0.4, 0.8, 1.0, 1.0]
    assert [policy.gives_up_after(n) for n in (4, 5)] == [False, True]


async def test_merged_registries_run_both_handlers_of_an_event_both_handle_in_order() -> None:
    ran: list[str] = []

    def recording(name: str) -> Handler:
        async def handle(session: AsyncSession, envelope: Envelope) -> None:
            ran.append(name)

        return handle

    servicekit_own, the_service = HandlerRegistry(), HandlerRegistry()
    servicekit_own.register("users.user.erased", 1, recording("revocation"))
    servicekit_own.register("users.session.revoked", 1, recording("session"))
    the_service.register("users.user.erased", 1, recording("cleanup"))
    the_service.register("calendar.booking.confirmed", 1, recording("booking"))
    merged = servicekit_own.merged_with(the_service)

    assert merged.topics == ["calendar.booking.v1", "users.session.v1", "users.user.v1"]
    for event_type in ("users.user.erased", "calendar.booking.confirmed", "users.session.revoked"):
        handler = merged.handler_for(envelope(event_type, 1))
        assert handler is not None
        await handler(cast(AsyncSession, None), envelope(event_type, 1))
    assert ran == ["revocation", "cleanup", "booking", "session"]
