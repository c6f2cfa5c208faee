"""Commands: what the edges ask the use cases to do, as raw input still to be validated."""

from __future__ import annotations

from dataclasses import dataclass

from servicekit.auth import Caller
from servicekit.client_address import UNKNOWN_CLIENT


@dataclass(frozen=True, slots=True)
class Register:
    name: str
    email: str
    phone: str
    password: str
    role: str
    preferred_language: str | None = None


@dataclass(frozen=True, slots=True)
class Login:
    email: str
    password: str
    # Where the attempt comes from (servicekit.client_address); failures are counted per address.
    client_address: str = UNKNOWN_CLIENT


@dataclass(frozen=True, slots=True)
class AddressInput:
    line1: str
    line2: str | None
    city: str
    district: str | None
    pin_code: str
    state_code: str


@dataclass(frozen=True, slots=True)
class LocationInput:
    city: str | None
    latitude: float | None
    longitude: float | None
    timezone: str | None
    place_id: str | None = None


@dataclass(frozen=True, slots=True)
class UpdateProfile:
    """None leaves a field as it is; an empty string clears an optional text field."""

    caller: Caller
    name: str | None = None
    phone: str | None = None
    business_name: str | None = None
    gstin: str | None = None
    state_code: str | None = None
    address: AddressInput | None = None
    preferred_language: str | None = None
    default_location: LocationInput | None = None


@dataclass(frozen=True, slots=True)
class ChangePassword:
    caller: Caller
    current_password: str
    new_password: str


@dataclass(frozen=True, slots=True)
class ListUsers:
    caller: Caller
    search: str | None = None
    role: str | None = None
    include_inactive: bool = True
    first: int = 20
    after: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeRole:
    caller: Caller
    user_id: str
    role: str


@dataclass(frozen=True, slots=True)
class SetActive:
    caller: Caller
    user_id: str


@dataclass(frozen=True, slots=True)
class EraseOwnAccount:
    caller: Caller
    password: str


@dataclass(frozen=True, slots=True)
class RequestPasswordReset:
    email: str
    client_address: str = UNKNOWN_CLIENT


@dataclass(frozen=True, slots=True)
class ResetPassword:
    email: str
    code: str
    new_password: str


@dataclass(frozen=True, slots=True)
class RequestPhoneCode:
    phone: str
    # The language of the SMS (the app's current language); en or te.
    language: str | None = None
    client_address: str = UNKNOWN_CLIENT


@dataclass(frozen=True, slots=True)
class SignInWithPhone:
    """`name` (and `role`) make an account when the phone has none; without them that is NAME_REQUIRED."""

    phone: str
    code: str
    name: str | None = None
    role: str | None = None
    preferred_language: str | None = None
