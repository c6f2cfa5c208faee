"""users.user.profile_changed: the calendar's copy of the facts the users profile owns (business
name, GSTIN, state, address, default location), replaced whole from each event. Idempotent: the
inbox drops a redelivered event, and an older event never overwrites a newer copy (occurred_at)."""

from __future__ import annotations

from contracts.users import UserProfileChangedV1
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from calendar_service.adapters import tables as t


async def keep_profile(session: AsyncSession, event: UserProfileChangedV1) -> None:
    place = event.default_location
    values = {
        "organizer_id": event.user_id,
        "business_name": event.business_name,
        "gstin": event.gstin,
        "state_code": event.state_code,
        "address": event.address.model_dump(mode="json") if event.address else None,
        "location_name": place.name if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "place_id": place.place_id if place else None,
        "timezone": place.timezone if place else None,
        "updated_at": event.occurred_at,
    }
    statement = insert(t.organizer_profiles).values(values)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[t.organizer_profiles.c.organizer_id],
            set_={k: statement.excluded[k] for k in values if k != "organizer_id"},
            where=t.organizer_profiles.c.updated_at < statement.excluded.updated_at,
        )
    )
