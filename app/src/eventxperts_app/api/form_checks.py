"""Checks made before a form is sent: only what needs no server rule (something typed at all).

Formats (email, phone, GSTIN, PIN) and password strength are the users service's to judge: its
typed errors come back and are shown next to the same fields, so each rule lives in one place.
"""

from __future__ import annotations

from eventxperts_app.api.models import ApiError, ProfileForm, RegistrationForm
from eventxperts_app.api.variables import has_address

REQUIRED = "REQUIRED"


def _missing(**fields: str) -> tuple[ApiError, ...]:
    return tuple(
        ApiError(code=REQUIRED, field=name, message=f"{name} is required")
        for name, value in fields.items()
        if not value.strip()
    )


def check_registration(form: RegistrationForm) -> tuple[ApiError, ...]:
    return _missing(name=form.name, email=form.email, phone=form.phone, password=form.password)


def check_login(email: str, password: str) -> tuple[ApiError, ...]:
    return _missing(email=email, password=password)


def check_profile(form: ProfileForm) -> tuple[ApiError, ...]:
    if not has_address(form):
        return ()
    required = {
        "address.line1": form.address_line1,
        "address.city": form.address_city,
        "address.pinCode": form.pin_code,
        "stateCode": form.state_code,
    }
    return _missing(**required)


def check_erasure(password: str) -> tuple[ApiError, ...]:
    return _missing(password=password)
