"""Before sending, a form only checks that the required boxes are filled."""

from __future__ import annotations

from eventxperts_app.features.account.form_checks import (
    check_erasure,
    check_login,
    check_profile,
    check_registration,
)
from eventxperts_app.features.account.models import ProfileForm, RegistrationForm
from eventxperts_app.ui.required_fields import REQUIRED


def fields_of(errors: tuple[object, ...]) -> list[str | None]:
    return [getattr(error, "field", None) for error in errors]


def test_empty_login_boxes_are_each_required() -> None:
    errors = check_login("  ", "")
    assert [e.code for e in errors] == [REQUIRED, REQUIRED]
    assert fields_of(errors) == ["email", "password"]


def test_a_filled_registration_passes_even_if_the_server_may_reject_its_format() -> None:
    form = RegistrationForm(name="R", email="not-an-email", phone="12", password="x")
    assert check_registration(form) == ()


def test_registration_names_every_missing_box() -> None:
    assert fields_of(check_registration(RegistrationForm(name="", email="", phone="9", password=""))) == [
        "name",
        "email",
        "password",
    ]


def test_a_profile_without_an_address_needs_nothing_else() -> None:
    assert check_profile(ProfileForm(business_name="Sri Tents")) == ()


def test_starting_an_address_makes_its_required_parts_required() -> None:
    errors = check_profile(ProfileForm(address_city="Guntur"))
    assert fields_of(errors) == ["address.line1", "address.pinCode", "stateCode"]


def test_erasing_needs_the_password_typed() -> None:
    assert fields_of(check_erasure(" ")) == ["password"]
    assert check_erasure("anything at all") == ()
