"""Forms become GraphQL variables named as in the contract; empty boxes mean "unchanged"."""

from __future__ import annotations

from eventxperts_app.api.models import PreferredLanguage, Role
from eventxperts_app.features.account.models import ProfileForm, RegistrationForm
from eventxperts_app.features.account.variables import (
    erase_my_account_variables,
    login_variables,
    profile_variables,
    register_variables,
)


def test_registration_is_trimmed_and_sends_the_role_name() -> None:
    form = RegistrationForm(
        name=" Ravi ",
        email=" ravi@example.in ",
        phone=" 98765 43210 ",
        password=" keeps spaces ",
        role=Role.ORGANIZER,
    )
    assert register_variables(form) == {
        "input": {
            "name": "Ravi",
            "email": "ravi@example.in",
            "phone": "98765 43210",
            "password": " keeps spaces ",
            "role": "ORGANIZER",
        }
    }


def test_registration_sends_the_language_the_person_registers_in() -> None:
    form = RegistrationForm(
        name="Anil",
        email="anil@example.in",
        phone="9876500001",
        password="mangoes4sale",
        language=PreferredLanguage.EN,
    )
    assert register_variables(form)["input"]["preferredLanguage"] == "EN"  # type: ignore[index]


def test_login_trims_the_email_but_not_the_password() -> None:
    assert login_variables(" a@b.in ", " pw ") == {"input": {"email": "a@b.in", "password": " pw "}}


def test_a_profile_with_only_a_language_sends_only_the_language() -> None:
    assert profile_variables(ProfileForm(preferred_language=PreferredLanguage.EN)) == {
        "input": {"preferredLanguage": "EN"}
    }


def test_an_address_is_sent_whole_with_the_chosen_state() -> None:
    form = ProfileForm(
        business_name="Sri Tents",
        gstin="37AAAAA0000A1Z5",
        state_code="37",
        address_line1="D.No 4-5",
        address_city="Vijayawada",
        pin_code="520001",
        default_city="Vijayawada",
    )
    assert profile_variables(form) == {
        "input": {
            "businessName": "Sri Tents",
            "gstin": "37AAAAA0000A1Z5",
            "stateCode": "37",
            "preferredLanguage": "TE",
            "address": {"line1": "D.No 4-5", "city": "Vijayawada", "pinCode": "520001", "stateCode": "37"},
            "defaultLocation": {"city": "Vijayawada"},
        }
    }


def test_the_erasure_password_is_sent_exactly_as_typed() -> None:
    assert erase_my_account_variables(" spaced pass ") == {"password": " spaced pass "}
