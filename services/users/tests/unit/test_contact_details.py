import pytest
from users_service.domain.email import normalise_email
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.names import MAX_NAME_LENGTH, normalise_name
from users_service.domain.phone import normalise_phone


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
def test_other_phone_numbers_are_rejected(raw: str) -> None:
    with pytest.raises(UsersError) as raised:
        normalise_phone(raw)
    assert raised.value.code is UsersErrorCode.INVALID_PHONE
    assert raised.value.field == "phone"


def test_emails_are_trimmed_and_lower_cased() -> None:
    assert normalise_email("  Ravi.Kumar@Example.IN ") == "ravi.kumar@example.in"


@pytest.mark.parametrize(
    "raw", ["ravi", "ravi@", "@example.in", "ravi@example", "ra..vi@example.in", "ravi @example.in"]
)
def test_malformed_emails_are_rejected(raw: str) -> None:
    with pytest.raises(UsersError) as raised:
        normalise_email(raw)
    assert raised.value.code is UsersErrorCode.INVALID_EMAIL


def test_names_in_telugu_are_accepted_and_whitespace_collapsed() -> None:
    assert normalise_name("  రవి   కుమార్ ") == "రవి కుమార్"


@pytest.mark.parametrize("raw", ["", "   ", "1234", "Ravi\x00", "x" * 101])
def test_names_without_letters_or_with_control_characters_are_rejected(raw: str) -> None:
    with pytest.raises(UsersError) as raised:
        normalise_name(raw)
    assert raised.value.code is UsersErrorCode.INVALID_NAME


def test_a_name_that_grows_under_normalisation_is_held_to_the_stored_limit() -> None:
    decomposing = "\u0958" * MAX_NAME_LENGTH  # each becomes two code points under NFC
    with pytest.raises(UsersError) as refused:
        normalise_name(decomposing)
    assert refused.value.code == UsersErrorCode.INVALID_NAME
