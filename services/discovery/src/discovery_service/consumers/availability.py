"""calendar.availability.changed -> the read model "who is free on this date".

A day is full when the organizer's capacity per day has nothing free, or when items are in use that
day and none of them has a unit free. Each event lists every item in use that day (decision 0048);
events published before that listed the items of one booking, some of them perhaps no longer in use,
which is why an item is counted only when the event says it is in use. An organizer the calendar never
reported on is free.
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
    in_use = [item for item in load.items if item.confirmed > 0 or item.held > 0]
    return bool(in_use) and all(item.free <= 0 for item in in_use)


async def keep_day_load(session: AsyncSession, envelope: Envelope) -> None:
    load = parse_payload(envelope.type, envelope.version, envelope.payload)
    assert isinstance(load, c.AvailabilityChangedV1)
    await AvailabilityRepository(session).record(
        load.organizer_id, load.day, full=is_full(load), changed_at=load.occurred_at
    )
