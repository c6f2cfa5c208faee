"""Postal addresses with an Indian PIN code and a GST state."""

from __future__ import annotations

import re
from dataclasses import dataclass

from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.names import normalise_name
from users_service.domain.states import state_for_code

_PIN_CODE = re.compile(r"^[1-9][0-9]{5}$")
MAX_LINE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    line2: str | None
    city: str
    district: str | None
    pin_code: str
    state_code: str


def normalise_pin_code(raw: str, *, field: str = "pinCode") -> str:
    pin = raw.strip().replace(" ", "")
    if not _PIN_CODE.match(pin):
        raise UsersError(
            UsersErrorCode.INVALID_PIN_CODE, "A PIN code has 6 digits and does not start with 0.", field
        )
    return pin


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
