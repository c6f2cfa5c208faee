"""The `india` library's checks, reported with the users service's codes, messages and fields."""

from collections.abc import Callable

import pytest
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.indian_inputs import (
    normalise_gstin,
    normalise_phone,
    normalise_pin_code,
    state_for_code,
)


def test_valid_indian_inputs_come_back_normalised() -> None:
    assert normalise_phone("098765 43210") == "+919876543210"
    assert normalise_gstin("36aabct1332l1zf") == "36AABCT1332L1ZF"
    assert normalise_pin_code("500 034") == "500034"
    assert state_for_code("36").name == "Telangana"


@pytest.mark.parametrize(
    ("check", "raw", "code", "field", "message"),
    [
        (
            normalise_phone,
            "12345",
            UsersErrorCode.INVALID_PHONE,
            "phone",
            "Enter a 10-digit Indian mobile number starting with 6-9, or a number with its + country code.",
        ),
        (
            normalise_gstin,
            "36AABCT1332L1ZG",
            UsersErrorCode.INVALID_GSTIN,
            "gstin",
            "The GSTIN's check character does not match.",
        ),
        (
            normalise_pin_code,
            "012345",
            UsersErrorCode.INVALID_PIN_CODE,
            "pinCode",
            "A PIN code has 6 digits and does not start with 0.",
        ),
        (
            state_for_code,
            "99",
            UsersErrorCode.INVALID_STATE,
            "stateCode",
            "'99' is not a GST state code (e.g. 36, 37).",
        ),
    ],
)
def test_bad_indian_inputs_keep_the_users_code_message_and_field(
    check: Callable[[str], object], raw: str, code: UsersErrorCode, field: str, message: str
) -> None:
    with pytest.raises(UsersError) as raised:
        check(raw)
    assert (raised.value.code, raised.value.field, raised.value.message) == (code, field, message)


def test_the_caller_names_the_field_of_a_nested_input() -> None:
    with pytest.raises(UsersError) as raised:
        normalise_pin_code("1", field="address.pinCode")
    assert raised.value.field == "address.pinCode"
