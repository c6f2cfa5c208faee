import pytest
from users_service.domain.email import normalise_email
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.names import MAX_NAME_LENGTH, normalise_name


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
