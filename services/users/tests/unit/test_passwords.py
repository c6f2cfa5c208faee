import pytest
from users_service.domain.errors import UsersErrorCode
from users_service.domain.passwords import PasswordRule, WeakPassword, check_password_strength

EMAIL = "ravi@example.in"


def test_a_long_password_with_letters_and_digits_is_accepted() -> None:
    check_password_strength("mangoes4sale", email=EMAIL)


@pytest.mark.parametrize(
    ("password", "rule"),
    [
        ("short1", PasswordRule.MIN_LENGTH),
        ("a1" * 65, PasswordRule.MAX_LENGTH),
        ("onlyletters", PasswordRule.LETTERS_AND_DIGITS),
        ("1234567890", PasswordRule.LETTERS_AND_DIGITS),
        ("RAVI@example.in", PasswordRule.LETTERS_AND_DIGITS),
    ],
)
def test_weak_passwords_name_the_rule_they_break(password: str, rule: PasswordRule) -> None:
    with pytest.raises(WeakPassword) as raised:
        check_password_strength(password, email=EMAIL)
    assert raised.value.code is UsersErrorCode.WEAK_PASSWORD
    assert raised.value.rule is rule


def test_the_email_itself_is_not_a_password() -> None:
    with pytest.raises(WeakPassword) as raised:
        check_password_strength("ravi2024@example.in", email="Ravi2024@Example.in")
    assert raised.value.rule is PasswordRule.NOT_EMAIL


def test_the_email_local_part_is_not_a_password() -> None:
    with pytest.raises(WeakPassword) as raised:
        check_password_strength("ravikumar1990", email="ravikumar1990@example.in")
    assert raised.value.rule is PasswordRule.NOT_EMAIL
