"""calendar.availability.changed -> the read model "who is free on this date".

A day is full when the organizer's capacity per day has nothing free, or when they rent stock and no
item has a unit free. An organizer the calendar never reported on is free.
"""

from __future__ import annotations

from contracts import calendar as c
from contracts.catalog import parse_payload
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from discovery_service.adapters.availability_repository import AvailabilityRepository


def is_full(load: c.AvailabilityChangedV1) -> bool:
    if load.capacity is not None and load.capacity.free <= 0:
        return True
    usable = [item for item in load.items if item.usable > 0]
    return bool(usable) and all(item.free <= 0 for item in usable)


async def keep_day_load(session: AsyncSession, envelope: Envelope) -> None:
    load = parse_payload(envelope.type, envelope.version, envelope.payload)
    assert isinstance(load, c.AvailabilityChangedV1)
    await AvailabilityRepository(session).record(
        load.organizer_id, load.day, full=is_full(load), changed_at=load.occurred_at
    )
