"""Builds the account feature's GraphQL variables from its forms (pure); names follow the contract."""

from __future__ import annotations

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.account.models import ProfileForm, RegistrationForm
from eventxperts_app.features.account.profile_fill import coordinates


def register_variables(form: RegistrationForm) -> JsonObject:
    given: JsonObject = {
        "name": form.name.strip(),
        "email": form.email.strip(),
        "phone": form.phone.strip(),
        "password": form.password,
    }
    if form.role is not None:
        given["role"] = form.role.value
    if form.language is not None:
        given["preferredLanguage"] = form.language.value
    return {"input": given}


def login_variables(email: str, password: str) -> JsonObject:
    return {"input": {"email": email.strip(), "password": password}}


def erase_my_account_variables(password: str) -> JsonObject:
    # As typed: a password is never trimmed (spaces may be part of it).
    return {"password": password}


def _given(**fields: str) -> JsonObject:
    """Only the fields the person filled in: an empty box means "leave as it is"."""
    return {name: value.strip() for name, value in fields.items() if value.strip()}


def has_address(form: ProfileForm) -> bool:
    return any(
        part.strip()
        for part in (
            form.address_line1,
            form.address_line2,
            form.address_city,
            form.address_district,
            form.pin_code,
        )
    )


def profile_variables(form: ProfileForm) -> JsonObject:
    profile = _given(businessName=form.business_name, gstin=form.gstin, stateCode=form.state_code)
    profile["preferredLanguage"] = form.preferred_language.value
    if has_address(form):
        address = _given(line2=form.address_line2, district=form.address_district)
        address |= {
            "line1": form.address_line1.strip(),
            "city": form.address_city.strip(),
            "pinCode": form.pin_code.strip(),
            "stateCode": form.state_code.strip(),
        }
        profile["address"] = address
    if location := _location(form):
        profile["defaultLocation"] = location
    return {"input": profile}


def _location(form: ProfileForm) -> JsonObject | None:
    """The place picked, else coordinates typed as two numbers, else the name typed for the service
    to find (any name or alias of a gazetteer town)."""
    if form.default_place_id:
        return {"placeId": form.default_place_id}
    if point := coordinates(form.default_city):
        return {"latitude": point[0], "longitude": point[1]}
    return {"city": form.default_city.strip()} if form.default_city.strip() else None


def request_password_reset_variables(email: str) -> JsonObject:
    return {"email": email.strip()}


def reset_password_variables(email: str, code: str, new_password: str) -> JsonObject:
    return {"input": {"email": email.strip(), "code": code.strip(), "newPassword": new_password}}


def request_phone_code_variables(phone: str, language: str) -> JsonObject:
    return {"phone": phone.strip(), "language": language.upper()}


def phone_sign_in_variables(phone: str, code: str, name: str | None, language: str) -> JsonObject:
    """`name` only when the number has no account yet (the service answered NAME_REQUIRED)."""
    fields: JsonObject = {"phone": phone.strip(), "code": code.strip()}
    if name is not None:
        fields |= {"name": name.strip(), "preferredLanguage": language.upper()}
    return {"input": fields}
