import pytest
from india import IndiaErrorCode, InvalidPinCode, normalise_pin_code


def test_spaces_inside_a_pin_code_are_removed() -> None:
    assert normalise_pin_code(" 500 034 ") == "500034"


@pytest.mark.parametrize("raw", ["012345", "50001", "5000321", "50003a", ""])
def test_pin_codes_have_six_digits_not_starting_with_zero(raw: str) -> None:
    with pytest.raises(InvalidPinCode) as raised:
        normalise_pin_code(raw)
    assert raised.value.code is IndiaErrorCode.INVALID_PIN_CODE
