"""Exponential backoff: how long to wait before attempt N, and when to give up."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """`max_attempts` tries in all; the waits double from `first_delay` up to `max_delay` seconds."""

    max_attempts: int = 5
    first_delay: float = 0.2
    max_delay: float = 10.0

    def delay_after(self, failures: int) -> float:
        """The wait after the `failures`-th consecutive failure (1-based)."""
        return float(min(self.max_delay, self.first_delay * 2 ** max(0, failures - 1)))

    def gives_up_after(self, failures: int) -> bool:
        return failures >= self.max_attempts


# Waiting for a bus or database to come back: never give up, never wait more than a few seconds.
RECONNECT = RetryPolicy(max_attempts=2**31, first_delay=0.2, max_delay=3.0)
