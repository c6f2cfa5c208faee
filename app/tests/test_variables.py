"""Forms become GraphQL variables named as in the contract; empty boxes mean "unchanged"."""

from __future__ import annotations

from eventxperts_app.api.models import PreferredLanguage, ProfileForm, RegistrationForm, Role, UserFilter
from eventxperts_app.api.variables import (
    erase_my_account_variables,
    login_variables,
    profile_variables,
    register_variables,
    role_change_variables,
    user_id_variables,
    users_variables,
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


def test_a_users_page_is_capped_at_one_hundred() -> None:
    assert users_variables(UserFilter(search="  "), first=500) == {
        "search": None,
        "role": None,
        "includeInactive": True,
        "first": 100,
        "after": None,
    }


def test_a_users_page_sends_the_role_filter_active_only_and_the_cursor() -> None:
    criteria = UserFilter(search=" ravi ", role=Role.STORE_OWNER, include_inactive=False)
    assert users_variables(criteria, first=20, after="c-20") == {
        "search": "ravi",
        "role": "STORE_OWNER",
        "includeInactive": False,
        "first": 20,
        "after": "c-20",
    }


def test_role_changes_send_the_role_name_and_account_changes_only_the_id() -> None:
    assert role_change_variables("u-2", Role.SUPER_ADMIN) == {"userId": "u-2", "role": "SUPER_ADMIN"}
    assert user_id_variables("u-2") == {"userId": "u-2"}


def test_the_erasure_password_is_sent_exactly_as_typed() -> None:
    assert erase_my_account_variables(" spaced pass ") == {"password": " spaced pass "}
