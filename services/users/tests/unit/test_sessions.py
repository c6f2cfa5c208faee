from datetime import UTC, datetime, timedelta

import pytest
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.lockout import BackoffPolicy, FailureLevel, Failures, RatePolicy, SignInThrottle
from users_service.domain.refresh_tokens import (
    RefreshDecision,
    RefreshTokenState,
    RefreshTokenStatus,
    decide_refresh,
)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
POLICY = BackoffPolicy(
    free_failures=5,
    first_wait=timedelta(minutes=1),
    longest_wait=timedelta(minutes=15),
    forget_after=timedelta(days=1),
)


def fail(times: int, failures: Failures | None = None, at: datetime = NOW) -> Failures:
    failures = failures or Failures()
    for _ in range(times):
        failures = failures.after_failure(at, POLICY)
    return failures


def test_four_failures_do_not_wait_and_the_fifth_waits_a_minute() -> None:
    assert fail(4).retry_after(NOW, POLICY) is None
    assert fail(5).retry_after(NOW, POLICY) == timedelta(minutes=1)
    assert fail(5).retry_after(NOW + timedelta(minutes=1), POLICY) is None


def test_each_further_failure_doubles_the_wait_up_to_the_longest() -> None:
    waits = [fail(n).retry_after(NOW, POLICY) for n in range(5, 11)]
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8, 15, 15)]


def test_a_failure_after_the_wait_is_still_counted_so_the_next_wait_is_longer() -> None:
    later = NOW + timedelta(minutes=2)
    failures = fail(1, fail(5), at=later)
    assert failures.count == 6
    assert failures.retry_after(later, POLICY) == timedelta(minutes=2)


def test_failures_are_forgotten_after_a_quiet_spell() -> None:
    much_later = NOW + timedelta(days=1)
    assert fail(1, fail(9), at=much_later) == Failures(1, much_later)


RATE = RatePolicy(failures=60, period=timedelta(hours=1))


def test_an_address_may_fail_its_rate_at_once_then_one_more_as_each_drains() -> None:
    level = FailureLevel()
    for _ in range(59):
        level = level.after_failure(NOW, RATE)
    assert level.retry_after(NOW, RATE) is None
    level = level.after_failure(NOW, RATE)
    assert level.retry_after(NOW, RATE) == timedelta(minutes=1)
    assert level.retry_after(NOW + timedelta(minutes=1), RATE) is None
    level = level.after_failure(NOW + timedelta(minutes=1), RATE)
    assert level.retry_after(NOW + timedelta(minutes=1), RATE) == timedelta(minutes=1)


def test_an_address_quiet_for_the_period_has_its_whole_rate_again() -> None:
    full = FailureLevel(level=60, last_at=NOW)
    assert full.after_failure(NOW + timedelta(hours=1), RATE) == FailureLevel(1, NOW + timedelta(hours=1))


def test_the_throttle_answers_the_longer_of_the_account_and_the_address_waits() -> None:
    throttle = SignInThrottle(per_account=POLICY, per_address=RATE)
    assert throttle.retry_after(fail(4), FailureLevel(59, NOW), NOW) is None
    assert throttle.retry_after(fail(6), FailureLevel(60, NOW), NOW) == timedelta(minutes=2)
    assert throttle.retry_after(fail(1), FailureLevel(61, NOW), NOW) == timedelta(minutes=2)


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
