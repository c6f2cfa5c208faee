from datetime import UTC, datetime, timedelta

import pytest
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.lockout import LockoutPolicy, LoginAttempts, after_failure, after_success
from users_service.domain.refresh_tokens import (
    RefreshDecision,
    RefreshTokenState,
    RefreshTokenStatus,
    decide_refresh,
)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
POLICY = LockoutPolicy(max_failures=5, lock_duration=timedelta(minutes=15))


def fail(times: int, attempts: LoginAttempts | None = None) -> LoginAttempts:
    attempts = attempts or LoginAttempts()
    for _ in range(times):
        attempts = after_failure(attempts, NOW, POLICY)
    return attempts


def test_four_failures_do_not_lock_and_the_fifth_locks_for_fifteen_minutes() -> None:
    assert not fail(4).is_locked(NOW)
    locked = fail(5)
    assert locked.is_locked(NOW + timedelta(minutes=14))
    assert not locked.is_locked(NOW + timedelta(minutes=15))


def test_a_failure_after_the_lock_expired_counts_from_one_again() -> None:
    later = NOW + timedelta(minutes=16)
    attempts = after_failure(fail(5), later, POLICY)
    assert attempts.consecutive_failures == 1
    assert not attempts.is_locked(later)


def test_a_successful_login_clears_the_count() -> None:
    assert after_success() == LoginAttempts()


def test_a_live_token_rotates_and_a_rotated_one_revokes_the_family() -> None:
    expires = NOW + timedelta(days=1)
    live = RefreshTokenState(RefreshTokenStatus.ACTIVE, expires)
    assert decide_refresh(live, NOW) is RefreshDecision.ROTATE
    rotated = RefreshTokenState(RefreshTokenStatus.ROTATED, expires)
    assert decide_refresh(rotated, NOW) is RefreshDecision.REVOKE_FAMILY


@pytest.mark.parametrize(
    "token",
    [
        RefreshTokenState(RefreshTokenStatus.REVOKED, NOW + timedelta(days=1)),
        RefreshTokenState(RefreshTokenStatus.ACTIVE, NOW),
    ],
)
def test_revoked_or_expired_tokens_are_invalid(token: RefreshTokenState) -> None:
    with pytest.raises(UsersError) as raised:
        decide_refresh(token, NOW)
    assert raised.value.code is UsersErrorCode.INVALID_REFRESH_TOKEN
