"""Login lockout: after too many wrong passwords in a row an account is locked for a while."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    max_failures: int = 5
    lock_duration: timedelta = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class LoginAttempts:
    consecutive_failures: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def after_failure(attempts: LoginAttempts, now: datetime, policy: LockoutPolicy) -> LoginAttempts:
    """Count a failure; the failure that reaches the limit locks. An expired lock starts afresh."""
    failures = attempts.consecutive_failures
    if attempts.locked_until is not None and now >= attempts.locked_until:
        failures = 0
    failures += 1
    if failures >= policy.max_failures:
        return LoginAttempts(consecutive_failures=failures, locked_until=now + policy.lock_duration)
    return LoginAttempts(consecutive_failures=failures, locked_until=None)


def after_success() -> LoginAttempts:
    return LoginAttempts()
