"""A clock tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SteppingClock:
    """A clock tests move by hand, so lockouts and expiries need no sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 4, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta
