"""A clock tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SteppingClock:
    """A clock tests move by hand, so lockouts and expiries need no sleeping."""

    def __init__(self) -> None:
        # Real time: access tokens it stamps are checked by PyJWT against the real clock.
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta
