"""What every bus backend offers: ordered publishing per key, consumer groups, committed offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from servicekit.events import Envelope


class BusUnavailable(Exception):
    """The bus cannot be reached right now; callers retry with backoff."""

    code = "BUS_UNAVAILABLE"


@dataclass(frozen=True)
class OutgoingMessage:
    """One envelope on its way to `topic`, partitioned by `key` (the aggregate id)."""

    topic: str
    key: str
    value: bytes

    @classmethod
    def of(cls, envelope: Envelope) -> OutgoingMessage:
        return cls(topic=envelope.topic, key=envelope.key, value=envelope.model_dump_json().encode())


@dataclass(frozen=True)
class Delivery:
    """A message as a consumer receives it; `offset` orders it within its topic partition."""

    topic: str
    partition: int
    offset: int
    key: str
    value: bytes

    def envelope(self) -> Envelope:
        return Envelope.model_validate_json(self.value)


class Subscription(Protocol):
    """One member of a consumer group reading some topics."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def fetch(self, max_wait: float) -> list[Delivery]:
        """The next messages in order per partition; waits up to `max_wait` seconds for some."""
        ...

    async def commit(self, deliveries: Sequence[Delivery]) -> None:
        """Record these (and everything before them in their partitions) as consumed by the group."""
        ...


class Bus(Protocol):
    """Publishes envelopes and opens group subscriptions."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        """Return once every message is durably stored, keeping the given order per key;
        raise `BusUnavailable` when that cannot be confirmed (the caller publishes them again)."""
        ...

    def subscribe(self, group: str, topics: Sequence[str]) -> Subscription: ...

    async def ping(self) -> None:
        """Raise `BusUnavailable` unless the bus answers now."""
        ...
