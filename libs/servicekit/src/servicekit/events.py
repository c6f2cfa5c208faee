"""Domain events and the JSON envelope they travel in (ARCHITECTURE.md section 6)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import uuid6
from contracts.topics import topic_of
from pydantic import BaseModel, ConfigDict


@dataclass(frozen=True)
class Event:
    """Something that happened to an aggregate: `type` is `<service>.<aggregate>.<what happened>`."""

    type: str
    version: int
    key: str
    payload: BaseModel

    @property
    def topic(self) -> str:
        """Topic per aggregate and version: `<service>.<aggregate>.v<N>`."""
        return topic_of(self.type, self.version)


class Envelope(BaseModel):
    """What is published: identity, routing and tracing around the payload."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    type: str
    version: int
    occurred_at: datetime
    producer: str
    key: str
    trace_id: str | None
    payload: dict[str, Any]

    @property
    def topic(self) -> str:
        return topic_of(self.type, self.version)


def envelope_for(event: Event, *, producer: str, trace_id: str | None) -> Envelope:
    """Wrap an event for publishing, with a time-ordered id (UUIDv7)."""
    return Envelope(
        id=uuid.UUID(str(uuid6.uuid7())),
        type=event.type,
        version=event.version,
        occurred_at=datetime.now(UTC),
        producer=producer,
        key=event.key,
        trace_id=trace_id,
        payload=event.payload.model_dump(mode="json"),
    )
