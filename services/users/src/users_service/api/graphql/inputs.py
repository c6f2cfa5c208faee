"""Input types of the users subgraph and the commands they become."""

from __future__ import annotations

from typing import TypeVar

import strawberry
from servicekit.auth import Caller

from users_service.api.graphql.enums import LanguageType, RoleType
from users_service.service_layer import commands

T = TypeVar("T")


def given(value: T | None) -> T | None:
    """Optional input fields default to UNSET (so the SDL shows no `= null`); both mean absent."""
    return None if value is strawberry.UNSET else value


@strawberry.input(name="RegisterInput")
class RegisterInput:
    name: str
    email: str
    phone: str
    password: str
    role: RoleType = RoleType.USER
    preferred_language: LanguageType | None = None

    def command(self) -> commands.Register:
        language = self.preferred_language.value if self.preferred_language else None
        return commands.Register(
            name=self.name,
            email=self.email,
            phone=self.phone,
            password=self.password,
            role=self.role.value,
            preferred_language=language,
        )


@strawberry.input(name="LoginInput")
class LoginInput:
    email: str
    password: str


@strawberry.input(name="AddressInput")
class AddressInput:
    line1: str
    line2: str | None = strawberry.UNSET
    city: str
    district: str | None = strawberry.UNSET
    pin_code: str
    state_code: str

    def command(self) -> commands.AddressInput:
        return commands.AddressInput(
            line1=self.line1,
            line2=given(self.line2),
            city=self.city,
            district=given(self.district),
            pin_code=self.pin_code,
            state_code=self.state_code,
        )


@strawberry.input(
    name="LocationInput",
    description=(
        "A gazetteer place by `placeId` (from `places`) or by any of its names in `city`, or a point by"
        " `latitude` and `longitude` (with an optional name in `city`)."
    ),
)
class LocationInput:
    city: str | None = strawberry.UNSET
    latitude: float | None = strawberry.UNSET
    longitude: float | None = strawberry.UNSET
    timezone: str | None = strawberry.UNSET
    place_id: str | None = strawberry.UNSET

    def command(self) -> commands.LocationInput:
        return commands.LocationInput(
            city=given(self.city),
            latitude=given(self.latitude),
            longitude=given(self.longitude),
            timezone=given(self.timezone),
            place_id=given(self.place_id),
        )


@strawberry.input(name="ProfileInput")
class ProfileInput:
    name: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    business_name: str | None = strawberry.UNSET
    gstin: str | None = strawberry.UNSET
    state_code: str | None = strawberry.UNSET
    address: AddressInput | None = strawberry.UNSET
    preferred_language: LanguageType | None = strawberry.UNSET
    default_location: LocationInput | None = strawberry.UNSET

    def command(self, caller: Caller) -> commands.UpdateProfile:
        language, address, location = (
            given(self.preferred_language),
            given(self.address),
            given(self.default_location),
        )
        return commands.UpdateProfile(
            caller=caller,
            name=given(self.name),
            phone=given(self.phone),
            business_name=given(self.business_name),
            gstin=given(self.gstin),
            state_code=given(self.state_code),
            address=address.command() if address else None,
            preferred_language=language.value if language else None,
            default_location=location.command() if location else None,
        )


@strawberry.input(name="ChangePasswordInput")
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input(name="ResetPasswordInput")
class ResetPasswordInput:
    email: str
    code: str
    new_password: str

    def command(self) -> commands.ResetPassword:
        return commands.ResetPassword(email=self.email, code=self.code, new_password=self.new_password)


@strawberry.input(
    name="PhoneSignInInput",
    description=(
        "A code texted by requestPhoneCode; `name` (and `role`) make an account when the phone has none."
    ),
)
class PhoneSignInInput:
    phone: str
    code: str
    name: str | None = strawberry.UNSET
    role: RoleType | None = strawberry.UNSET
    preferred_language: LanguageType | None = strawberry.UNSET

    def command(self) -> commands.SignInWithPhone:
        role, language = given(self.role), given(self.preferred_language)
        return commands.SignInWithPhone(
            phone=self.phone,
            code=self.code,
            name=given(self.name),
            role=role.value if role else None,
            preferred_language=language.value if language else None,
        )
