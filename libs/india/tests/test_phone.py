import pytest
from india import IndiaErrorCode, InvalidPhone, normalise_phone


@pytest.mark.parametrize(
    "raw",
    ["9876543210", "09876543210", "+91 98765 43210", "919876543210", "+91-98765-43210", " 98765 43210 "],
)
def test_indian_mobile_numbers_become_e164(raw: str) -> None:
    assert normalise_phone(raw) == "+919876543210"


def test_numbers_with_another_country_code_are_kept() -> None:
    assert normalise_phone("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize(
    "raw", ["5876543210", "987654321", "98765432101", "+91 5876543210", "abc", "", "+0123456789"]
)
def test_other_phone_numbers_are_rejected_with_a_stable_code(raw: str) -> None:
    with pytest.raises(InvalidPhone) as raised:
        normalise_phone(raw)
    assert raised.value.code is IndiaErrorCode.INVALID_PHONE
    assert "10-digit Indian mobile number" in raised.value.message
