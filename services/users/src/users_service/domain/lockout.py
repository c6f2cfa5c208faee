"""Sign-in throttling, by two keys.

Per account and client address together, so that knowing someone's email is not enough to keep them
out (their own address has its own count): failures in a row make the next try wait, twice as long
after each further failure (exponential backoff); the count is forgotten after a quiet spell, and
when a sign-in from that address succeeds.

Per client address across accounts, so that one address cannot try password after password on
account after account: a rate, at most so many failures per period, refilled steadily (a leaky
bucket). A rate rather than a count, because many people may share an address (docs/decisions/0009).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

_MOST_DOUBLINGS = 20  # far beyond any longest_wait; keeps the arithmetic small


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    free_failures: int = 5
    first_wait: timedelta = timedelta(minutes=1)
    longest_wait: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(days=1)

    def wait_after(self, failures: int) -> timedelta:
        """No wait before `free_failures`; then `first_wait`, doubling with each further failure,
        up to `longest_wait`."""
        if failures < self.free_failures:
            return timedelta(0)
        doublings = min(failures - self.free_failures, _MOST_DOUBLINGS)
        wait: timedelta = self.first_wait * (1 << doublings)
        return min(wait, self.longest_wait)


@dataclass(frozen=True, slots=True)
class Failures:
    """Failed sign-ins under one key, and when the last one was."""

    count: int = 0
    last_at: datetime | None = None

    def retry_after(self, now: datetime, policy: BackoffPolicy) -> timedelta | None:
        """How long until the next try is heard; None when it may be tried now."""
        if self.last_at is None:
            return None
        wait = self.last_at + policy.wait_after(self.count) - now
        return wait if wait > timedelta(0) else None

    def after_failure(self, now: datetime, policy: BackoffPolicy) -> Failures:
        quiet = self.last_at is None or now - self.last_at >= policy.forget_after
        return Failures(1 if quiet else self.count + 1, now)


@dataclass(frozen=True, slots=True)
class RatePolicy:
    """At most `failures` per `period`; the allowance refills steadily."""

    failures: int = 100
    period: timedelta = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class FailureLevel:
    """A leaky bucket of failures: each adds one, and they drain at the policy's rate."""

    level: float = 0.0
    last_at: datetime | None = None

    def retry_after(self, now: datetime, policy: RatePolicy) -> timedelta | None:
        """How long until one more failure fits; None when it fits now."""
        excess = self._level_at(now, policy) - (policy.failures - 1)
        return policy.period * (excess / policy.failures) if excess > 0 else None

    def after_failure(self, now: datetime, policy: RatePolicy) -> FailureLevel:
        return FailureLevel(self._level_at(now, policy) + 1, now)

    def _level_at(self, now: datetime, policy: RatePolicy) -> float:
        if self.last_at is None:
            return 0.0
        drained = (now - self.last_at) / policy.period * policy.failures
        return max(0.0, self.level - drained)


@dataclass(frozen=True, slots=True)
class SignInKey:
    email: str
    client_address: str


@dataclass(frozen=True, slots=True)
class SignInThrottle:
    per_account: BackoffPolicy  # one account, from one client address
    per_address: RatePolicy  # every account, from one client address

    def retry_after(self, account: Failures, address: FailureLevel, now: datetime) -> timedelta | None:
        """The longer of the two waits, or None when a sign-in may be tried now."""
        waits = [
            wait
            for wait in (
                account.retry_after(now, self.per_account),
                address.retry_after(now, self.per_address),
            )
            if wait is not None
        ]
        return max(waits, default=None)
