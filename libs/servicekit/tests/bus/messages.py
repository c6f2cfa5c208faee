"""Real envelopes for bus tests, on a topic of their own per test."""

from __future__ import annotations

import asyncio
import uuid

from pydantic import BaseModel
from servicekit.bus.interface import Delivery, OutgoingMessage, Subscription
from servicekit.events import Event, envelope_for


class ThingChanged(BaseModel):
    seq: int


def fresh_service() -> str:
    """A service name no other test uses, so topics and groups never collide."""
    return f"t{uuid.uuid4().hex[:10]}"


def thing_changed(service: str, key: str, seq: int) -> Event:
    return Event(type=f"{service}.thing.changed", version=1, key=key, payload=ThingChanged(seq=seq))


def messages(service: str, keys: list[str], per_key: int) -> list[OutgoingMessage]:
    """`per_key` events for each key, interleaved across keys, seq counting up per key."""
    events = [thing_changed(service, key, seq) for seq in range(per_key) for key in keys]
    return [OutgoingMessage.of(envelope_for(event, producer=service, trace_id=None)) for event in events]


def seq_of(delivery: Delivery) -> int:
    return int(delivery.envelope().payload["seq"])


async def consume(
    subscription: Subscription, count: int, *, commit: bool = True, give_up_after: float = 60.0
) -> list[Delivery]:
    """Fetch until `count` messages came (or the deadline passed), committing each batch."""
    received: list[Delivery] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + give_up_after
    while len(received) < count and loop.time() < deadline:
        batch = await subscription.fetch(1.0)
        received.extend(batch)
        if commit and batch:
            await subscription.commit(batch)
    return received
