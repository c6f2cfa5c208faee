"""Offsets waiting to be committed: the deliveries whose effects are committed but whose offsets
are not yet. Committing them together, at most `every` seconds after the first of them (or as soon
as the subscription has nothing more), spares the bus a request per small batch; a crash in
between only redelivers events the inbox already holds."""

from __future__ import annotations

import time
from collections.abc import Sequence

from servicekit.bus.interface import Delivery


class PendingOffsets:
    def __init__(self, every: float) -> None:
        self._every = every
        self._deliveries: list[Delivery] = []
        self._due = 0.0

    def add(self, deliveries: Sequence[Delivery]) -> None:
        """Record deliveries whose handlers' transactions have committed."""
        if deliveries and not self._deliveries:
            self._due = time.monotonic() + self._every
        self._deliveries.extend(deliveries)

    def fetch_wait(self, idle_wait: float) -> float:
        """How long the next fetch may wait without holding these offsets back past their due time."""
        if not self._deliveries:
            return idle_wait
        return min(idle_wait, max(0.0, self._due - time.monotonic()))

    def due(self, *, ran_dry: bool) -> bool:
        return bool(self._deliveries) and (ran_dry or time.monotonic() >= self._due)

    def take(self) -> list[Delivery]:
        """The deliveries to commit now; the caller commits them or rejoins the group."""
        deliveries, self._deliveries = self._deliveries, []
        return deliveries

    def forget(self) -> None:
        """The subscription restarts from the committed offsets: these come again."""
        self._deliveries = []
