"""Events the users service publishes: about accounts on topic `users.user.v1` (key: the user id),
about sign-in sessions on `users.session.v1` (key: the session id).

Version 1 payloads. A breaking change (removing or retyping a field) needs a v2 model and topic;
adding an optional field is not breaking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

RoleName = Literal["user", "organizer", "store_owner", "super_admin"]
LanguageCode = Literal["te", "en"]
# The facts UserProfileChangedV1 carries, named as its fields are.
ProfileFact = Literal[
    "name", "preferred_language", "business_name", "gstin", "state_code", "address", "default_location"
]

USER_REGISTERED = "users.user.registered"
USER_ROLES_CHANGED = "users.user.roles_changed"
USER_DEACTIVATED = "users.user.deactivated"
USER_ERASED = "users.user.erased"
USER_PROFILE_CHANGED = "users.user.profile_changed"
SESSION_REVOKED = "users.session.revoked"


class _UserEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    user_id: UUID
    occurred_at: datetime


class UserRegisteredV1(_UserEvent):
    """A person created an account. Email and phone are left out: consumers ask the graph."""

    name: str
    roles: list[RoleName]
    preferred_language: LanguageCode


class UserRolesChangedV1(_UserEvent):
    roles: list[RoleName]
    granted: list[RoleName]
    revoked: list[RoleName]
    changed_by: UUID | None


class UserDeactivatedV1(_UserEvent):
    deactivated_by: UUID | None


class UserErasedV1(_UserEvent):
    """The person's personal data was erased at their request (`own_request`) or by a super admin
    acting on one (`admin`). Every consumer must erase what it keeps of this user (e.g. the name
    UserRegistered carried) and keep only the id."""

    erased_by: UUID | None
    reason: Literal["own_request", "admin"]


class SessionRevokedV1(_UserEvent):
    """A sign-in session (a refresh-token family; the `sid` claim of its access tokens) was ended:
    signed out, ended because a spent refresh token was presented again, or by a password change.
    Every service refuses the session's access tokens from then on."""

    session_id: UUID
    reason: Literal["logout", "refresh_token_reused", "password_changed"]


class PostalAddressV1(BaseModel):
    """A postal address as the profile holds it: PIN code of 6 digits, GST state code of 2."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    line1: str
    line2: str | None
    city: str
    district: str | None
    pin_code: str
    state_code: str


class DefaultLocationV1(BaseModel):
    """Where the calendar computes sunrise and muhurthams: a place of the AP/Telangana gazetteer
    (`place_id`, an id of `india.gazetteer`; `name` its English name) or coordinates given by the
    person (`place_id` None, `name` whatever they called it, if anything). Coordinates are always set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    place_id: str | None
    name: str | None
    latitude: float
    longitude: float
    timezone: str


class UserProfileChangedV1(_UserEvent):
    """A person's profile changed: the facts other services keep a copy of, all of them as they
    now are (a consumer replaces its copy), with `changed` naming the ones that differ from before.
    Published on every change of at least one of them, never for a change of nothing. Email and
    phone are left out as in UserRegisteredV1; roles travel in UserRolesChangedV1. An erased
    person's copy goes on UserErasedV1, not on this event."""

    changed: list[ProfileFact]
    name: str
    preferred_language: LanguageCode
    business_name: str | None
    gstin: str | None
    state_code: str | None
    address: PostalAddressV1 | None
    default_location: DefaultLocationV1 | None
