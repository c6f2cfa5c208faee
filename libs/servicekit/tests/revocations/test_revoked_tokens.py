"""Which tokens a service refuses once the users service's events reached its revocation read model:
servicekit's consumers write `token_revocations`, the verifier's cache reads it."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from servicekit.auth import Claims, InvalidToken
from servicekit.auth.revocations import RevocationCache, revocation_consumers
from servicekit.auth.revocations.cache import MAX_STALENESS
from servicekit.db import session_factory
from servicekit.events import Envelope
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from .conftest import registered, roles_changed, session_revoked

HORIZON = timedelta(hours=24)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def token(subject: str, *, issued_at: float, session_id: uuid.UUID | None = None) -> Claims:
    sid = str(session_id) if session_id else None
    return Claims(subject, frozenset(), None, {}, issued_at=issued_at, session_id=sid)


async def consume(engine: AsyncEngine, *envelopes: Envelope) -> None:
    """What the consumer runner does with servicekit's handlers: apply each in a transaction."""
    registry = revocation_consumers(HORIZON)
    async with session_factory(engine)() as session, session.begin():
        for envelope in envelopes:
            handler = registry.handler_for(envelope)
            assert handler is not None
            await handler(session, envelope)


async def refusal(cache: RevocationCache, claims: Claims) -> str | None:
    try:
        await cache.check(claims)
    except InvalidToken as refused:
        return refused.code
    return None


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(engine: AsyncEngine, clock: Clock) -> RevocationCache:
    return RevocationCache(session_factory(engine), horizon=HORIZON, refresh_every=1.0, clock=clock)


def a_moment() -> tuple[datetime, int]:
    """A recent instant in the middle of a second, and that second."""
    at = datetime.now(UTC).replace(microsecond=500_000) - timedelta(minutes=5)
    return at, math.floor(at.timestamp())


async def test_a_token_issued_before_its_subjects_role_change_is_refused_and_a_later_one_is_not(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    user, at, second = uuid.uuid4(), *a_moment()
    await consume(engine, roles_changed(user, at))

    assert await refusal(cache, token(str(user), issued_at=second - 600)) == "TOKEN_REVOKED"
    assert await refusal(cache, token(str(user), issued_at=at.timestamp() - 0.001)) == "TOKEN_REVOKED"
    assert await refusal(cache, token(str(user), issued_at=at.timestamp() + 0.001)) is None
    assert await refusal(cache, token(str(uuid.uuid4()), issued_at=second - 600)) is None


async def test_a_whole_second_token_of_the_revocations_second_is_refused_even_if_issued_after(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    user, at, second = uuid.uuid4(), *a_moment()
    await consume(engine, roles_changed(user, at))
    assert await refusal(cache, token(str(user), issued_at=second)) == "TOKEN_REVOKED"
    assert await refusal(cache, token(str(user), issued_at=second + 1)) is None


async def test_a_revoked_session_refuses_every_token_of_it_and_no_other(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    user, ended, other, (at, second) = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), a_moment()
    await consume(engine, session_revoked(user, ended, at))

    assert await refusal(cache, token(str(user), issued_at=second + 60, session_id=ended)) == "TOKEN_REVOKED"
    assert await refusal(cache, token(str(user), issued_at=second - 60, session_id=other)) is None
    assert await refusal(cache, token(str(user), issued_at=second - 60)) is None


async def test_an_auth0_subject_is_matched_by_the_user_id_it_carries(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    user, at, second = uuid.uuid4(), *a_moment()
    await consume(engine, roles_changed(user, at))
    assert await refusal(cache, token(f"auth0|{user}", issued_at=second - 60)) == "TOKEN_REVOKED"


async def test_an_older_event_replayed_later_does_not_move_a_revocation_back(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    user, at, second = uuid.uuid4(), *a_moment()
    await consume(engine, roles_changed(user, at))
    await consume(engine, roles_changed(user, at - timedelta(minutes=3)))
    assert await refusal(cache, token(str(user), issued_at=second - 60)) == "TOKEN_REVOKED"


async def test_revocations_older_than_the_horizon_are_dropped(engine: AsyncEngine) -> None:
    user, at, _ = uuid.uuid4(), *a_moment()
    await consume(engine, roles_changed(user, at - HORIZON - timedelta(minutes=1)))
    await consume(engine, roles_changed(uuid.uuid4(), at))
    async with engine.connect() as connection:
        kept = (await connection.execute(text("SELECT value FROM token_revocations"))).scalars().all()
    assert str(user) not in kept
    assert len(kept) == 1


def test_only_the_events_that_revoke_tokens_are_consumed() -> None:
    registry = revocation_consumers(HORIZON)
    assert registry.topics == ["users.session.v1", "users.user.v1"]
    assert registry.handler_for(registered(uuid.uuid4(), datetime.now(UTC))) is None


async def test_a_revocation_recorded_after_the_caches_last_read_is_seen_at_its_next_read(
    engine: AsyncEngine, cache: RevocationCache, clock: Clock
) -> None:
    user, at, second = uuid.uuid4(), *a_moment()
    issued_before = token(str(user), issued_at=second - 60)
    assert await refusal(cache, issued_before) is None
    await consume(engine, roles_changed(user, at))

    clock.now += 0.5
    assert await refusal(cache, issued_before) is None, "read at most once a second"
    clock.now += 0.6
    assert await refusal(cache, issued_before) == "TOKEN_REVOKED"


async def test_tokens_are_refused_when_the_read_model_cannot_be_read_for_long(
    engine: AsyncEngine, cache: RevocationCache, clock: Clock
) -> None:
    claims = token(str(uuid.uuid4()), issued_at=a_moment()[1])
    assert await refusal(cache, claims) is None
    async with engine.begin() as connection:
        await connection.execute(text("DROP TABLE token_revocations"))

    clock.now += 2
    assert await refusal(cache, claims) is None, "the last copy serves a short outage"
    clock.now += MAX_STALENESS
    assert await refusal(cache, claims) == "REVOCATIONS_UNAVAILABLE"


async def test_a_service_without_the_read_model_refuses_tokens_rather_than_trusting_them(
    engine: AsyncEngine, cache: RevocationCache
) -> None:
    async with engine.begin() as connection:
        await connection.execute(text("DROP TABLE token_revocations"))
    claims = token(str(uuid.uuid4()), issued_at=a_moment()[1])
    assert await refusal(cache, claims) == "REVOCATIONS_UNAVAILABLE"
