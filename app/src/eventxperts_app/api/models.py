"""Typed results of the users API (docs/api/users.graphql), as the app sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    USER = "USER"
    ORGANIZER = "ORGANIZER"
    STORE_OWNER = "STORE_OWNER"
    SUPER_ADMIN = "SUPER_ADMIN"


SELF_SERVICE_ROLES = (Role.USER, Role.ORGANIZER, Role.STORE_OWNER)


class PreferredLanguage(StrEnum):
    TE = "TE"
    EN = "EN"


@dataclass(frozen=True)
class ApiError:
    """One typed error: `code` from UsersErrorCode (or a client-side code), `field` it belongs to."""

    code: str
    message: str
    field: str | None = None


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


@dataclass(frozen=True)
class State:
    code: str
    name: str
    name_te: str | None = None


@dataclass(frozen=True)
class UserFilter:
    """Which people a super admin lists: text in name or email, a role, and deactivated or not."""

    search: str | None = None
    role: Role | None = None
    include_inactive: bool = True


@dataclass(frozen=True)
class UserPage:
    items: tuple[User, ...]
    total: int
    next_cursor: str | None = None


@dataclass(frozen=True)
class RegistrationForm:
    name: str
    email: str
    phone: str
    password: str
    role: Role = Role.USER
    # The language the person registers in becomes their preference (the service defaults to TE).
    language: PreferredLanguage | None = None


@dataclass(frozen=True)
class ProfileForm:
    """What the profile screen submits; empty strings mean "not given"."""

    business_name: str = ""
    gstin: str = ""
    state_code: str = ""
    address_line1: str = ""
    address_line2: str = ""
    address_city: str = ""
    address_district: str = ""
    pin_code: str = ""
    preferred_language: PreferredLanguage = PreferredLanguage.TE
    default_city: str = ""
