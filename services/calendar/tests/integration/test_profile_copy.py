"""users.user.profile_changed keeps the calendar's copy of the organizer's profile facts; an older
event never overwrites a newer copy, a second delivery changes nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from calendar_service.bootstrap import CalendarServices
from calendar_service.consumers.erasure import calendar_consumers
from servicekit.events import Envelope

USER = uuid.uuid4()
NOW = datetime.now(UTC)


def changed(business: str, at: datetime) -> Envelope:
    payload: dict[str, Any] = {
        "user_id": str(USER),
        "occurred_at": at.isoformat(),
        "changed": ["business_name", "default_location"],
        "name": "Srinivas",
        "preferred_language": "te",
        "business_name": business,
        "gstin": None,
        "state_code": "37",
        "address": None,
        "default_location": {
            "place_id": "ap-vijayawada",
            "name": "Vijayawada",
            "latitude": 16.5062,
            "longitude": 80.648,
            "timezone": "Asia/Kolkata",
        },
    }
    return Envelope(
        id=uuid.uuid4(),
        type="users.user.profile_changed",
        version=1,
        occurred_at=at,
        producer="users",
        key=str(USER),
        trace_id=None,
        payload=payload,
    )


async def deliver(services: CalendarServices, envelope: Envelope) -> None:
    handler = calendar_consumers().handler_for(envelope)
    assert handler is not None
    async with services.sessions() as session, session.begin():
        await handler(session, envelope)


async def copy_of(services: CalendarServices) -> Any:
    async with services.sessions() as session:
        return (
            await session.execute(
                sa.text(
                    "SELECT business_name, state_code, location_name, latitude, place_id "
                    "FROM organizer_profiles WHERE organizer_id = :u"
                ),
                {"u": USER},
            )
        ).one()


async def test_the_newest_profile_facts_are_kept_whatever_order_they_arrive_in(
    services: CalendarServices,
) -> None:
    newer = changed("Sri Durga Tent House", NOW)
    await deliver(services, newer)
    await deliver(services, changed("Durga Tents", NOW - timedelta(minutes=5)))
    await deliver(services, newer)
    assert tuple(await copy_of(services)) == (
        "Sri Durga Tent House",
        "37",
        "Vijayawada",
        16.5062,
        "ap-vijayawada",
    )
