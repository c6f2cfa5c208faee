"""What the account forms check before sending: only that the required boxes are filled.

Formats (email, phone, GSTIN, PIN) and password strength are the users service's to judge.
"""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.account.models import ProfileForm, RegistrationForm
from eventxperts_app.features.account.variables import has_address
from eventxperts_app.ui.required_fields import missing


def check_registration(form: RegistrationForm) -> tuple[ApiError, ...]:
    role = form.role.value if form.role is not None else ""
    return missing(name=form.name, email=form.email, phone=form.phone, password=form.password, role=role)


def check_login(email: str, password: str) -> tuple[ApiError, ...]:
    return missing(email=email, password=password)


def check_profile(form: ProfileForm) -> tuple[ApiError, ...]:
    if not has_address(form):
        return ()
    required = {
        "address.line1": form.address_line1,
        "address.city": form.address_city,
        "address.pinCode": form.pin_code,
        "stateCode": form.state_code,
    }
    return missing(**required)


def check_erasure(password: str) -> tuple[ApiError, ...]:
    return missing(password=password)


def check_reset_request(email: str) -> tuple[ApiError, ...]:
    return missing(email=email)


def check_reset(email: str, code: str, new_password: str) -> tuple[ApiError, ...]:
    return missing(email=email, code=code, newPassword=new_password)


def check_phone_code_request(phone: str) -> tuple[ApiError, ...]:
    return missing(phone=phone)


def check_phone_sign_in(phone: str, code: str, name: str | None) -> tuple[ApiError, ...]:
    if name is None:
        return missing(phone=phone, code=code)
    return missing(phone=phone, code=code, name=name)
