"""Who is signed in and what every call may answer (docs/api/users.graphql), as the app sees them.

A feature's own forms and results live in `features/<feature>/models.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    USER = "USER"
    ORGANIZER = "ORGANIZER"
    STORE_OWNER = "STORE_OWNER"
    SUPER_ADMIN = "SUPER_ADMIN"


class PreferredLanguage(StrEnum):
    TE = "TE"
    EN = "EN"


@dataclass(frozen=True)
class ApiError:
    """One typed error: `code` from UsersErrorCode (or a client-side code), `field` it belongs to."""

    code: str
    message: str
    field: str | None = None
    # For codes covering several rules (WEAK_PASSWORD, INVALID_GSTIN, INVALID_LOCATION): which one.
    reason: str | None = None


@dataclass(frozen=True)
class Address:
    line1: str
    city: str
    pin_code: str
    state_code: str
    line2: str | None = None
    district: str | None = None


@dataclass(frozen=True)
class Location:
    timezone: str
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # The gazetteer place, when the location is one: its id and Telugu name (`city` is its English).
    place_id: str | None = None
    place_name_te: str | None = None


@dataclass(frozen=True)
class Profile:
    preferred_language: PreferredLanguage
    business_name: str | None = None
    gstin: str | None = None
    state_code: str | None = None
    state_name: str | None = None
    address: Address | None = None
    default_location: Location | None = None


@dataclass(frozen=True)
class User:
    id: str
    name: str
    email: str
    phone: str
    roles: tuple[Role, ...]
    is_active: bool
    profile: Profile
    # Set once the person's data was erased: only `id` still means anything then.
    erased_at: datetime | None = None

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str


@dataclass(frozen=True)
class AuthResult:
    user: User | None = None
    tokens: TokenPair | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class UserResult:
    user: User | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class OkResult:
    """The answer of a mutation that only says whether it worked (logout, eraseMyAccount)."""

    ok: bool
    errors: tuple[ApiError, ...] = ()
