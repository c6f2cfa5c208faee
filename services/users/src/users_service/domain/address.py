"""Postal addresses with an Indian PIN code and a GST state."""

from __future__ import annotations

from dataclasses import dataclass

from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.indian_inputs import normalise_pin_code, state_for_code
from users_service.domain.names import normalise_name

MAX_LINE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    line2: str | None
    city: str
    district: str | None
    pin_code: str
    state_code: str


def make_address(
    *, line1: str, line2: str | None, city: str, district: str | None, pin_code: str, state_code: str
) -> Address:
    return Address(
        line1=_address_line(line1, "address.line1"),
        line2=_address_line(line2, "address.line2") if line2 and line2.strip() else None,
        city=normalise_name(city, field="address.city"),
        district=normalise_name(district, field="address.district") if district else None,
        pin_code=normalise_pin_code(pin_code, field="address.pinCode"),
        state_code=state_for_code(state_code, field="address.stateCode").code,
    )


def _address_line(raw: str, field: str) -> str:
    line = " ".join(raw.split())
    if not line or len(line) > MAX_LINE_LENGTH or not line.isprintable():
        raise UsersError(
            UsersErrorCode.INVALID_NAME,
            f"An address line has 1 to {MAX_LINE_LENGTH} printable characters.",
            field,
        )
    return line
