"""The domain events this service records, wrapped for servicekit's outbox."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import datetime
from typing import Literal

from contracts.users import (
    SESSION_REVOKED,
    USER_DEACTIVATED,
    USER_ERASED,
    USER_PROFILE_CHANGED,
    USER_REGISTERED,
    USER_ROLES_CHANGED,
    SessionRevokedV1,
    UserDeactivatedV1,
    UserErasedV1,
    UserProfileChangedV1,
    UserRegisteredV1,
    UserRolesChangedV1,
)
from servicekit.events import Event

from users_service.domain.accounts import UserAccount
from users_service.domain.location import Location
from users_service.domain.roles import Role

SessionEnd = Literal["logout", "refresh_token_reused", "password_changed"]


def _names(roles: frozenset[Role]) -> list[str]:
    return sorted(role.value for role in roles)


def user_registered(account: UserAccount) -> Event:
    payload = UserRegisteredV1.model_validate(
        {
            "user_id": account.id,
            "occurred_at": account.created_at,
            "name": account.name,
            "roles": _names(account.roles),
            "preferred_language": account.profile.preferred_language.value,
        }
    )
    return Event(type=USER_REGISTERED, version=1, key=str(account.id), payload=payload)


def user_profile_changed(account: UserAccount, changed: list[str], now: datetime) -> Event:
    """The profile's facts as they now are; `changed` names those that differ from before."""
    profile = account.profile
    payload = UserProfileChangedV1.model_validate(
        {
            "user_id": account.id,
            "occurred_at": now,
            "changed": changed,
            "name": account.name,
            "preferred_language": profile.preferred_language.value,
            "business_name": profile.business_name,
            "gstin": profile.gstin,
            "state_code": profile.state_code,
            "address": asdict(profile.address) if profile.address else None,
            "default_location": _location_fact(profile.default_location),
        }
    )
    return Event(type=USER_PROFILE_CHANGED, version=1, key=str(account.id), payload=payload)


def _location_fact(location: Location | None) -> dict[str, object] | None:
    if location is None:
        return None
    return {
        "place_id": location.place_id,
        "name": location.city,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "timezone": location.timezone,
    }


def user_roles_changed(
    user_id: uuid.UUID,
    before: frozenset[Role],
    after: frozenset[Role],
    changed_by: uuid.UUID | None,
    now: datetime,
) -> Event:
    payload = UserRolesChangedV1.model_validate(
        {
            "user_id": user_id,
            "occurred_at": now,
            "roles": _names(after),
            "granted": _names(after - before),
            "revoked": _names(before - after),
            "changed_by": changed_by,
        }
    )
    return Event(type=USER_ROLES_CHANGED, version=1, key=str(user_id), payload=payload)


def user_deactivated(user_id: uuid.UUID, deactivated_by: uuid.UUID | None, now: datetime) -> Event:
    payload = UserDeactivatedV1(user_id=user_id, occurred_at=now, deactivated_by=deactivated_by)
    return Event(type=USER_DEACTIVATED, version=1, key=str(user_id), payload=payload)


def user_erased(user_id: uuid.UUID, erased_by: uuid.UUID | None, reason: str, now: datetime) -> Event:
    payload = UserErasedV1.model_validate(
        {"user_id": user_id, "occurred_at": now, "erased_by": erased_by, "reason": reason}
    )
    return Event(type=USER_ERASED, version=1, key=str(user_id), payload=payload)


def session_revoked(user_id: uuid.UUID, session_id: uuid.UUID, reason: SessionEnd, now: datetime) -> Event:
    payload = SessionRevokedV1(user_id=user_id, session_id=session_id, occurred_at=now, reason=reason)
    return Event(type=SESSION_REVOKED, version=1, key=str(session_id), payload=payload)
