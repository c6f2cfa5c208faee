"""Typed errors land next to the field they are about, whatever way the service names it."""

from __future__ import annotations

import pytest
from eventxperts_app.api.models import ApiError
from eventxperts_app.ui.error_placement import field_path, place_errors

PROFILE_FIELDS = [
    "businessName",
    "gstin",
    "stateCode",
    "address.city",
    "address.pinCode",
    "defaultLocation.city",
]


@pytest.mark.parametrize(
    ("reported", "path"),
    [
        ("input.address.pin_code", "address.pinCode"),
        ("address.pinCode", "address.pinCode"),
        ("email", "email"),
        ("input.email", "email"),
    ],
)
def test_reported_field_paths_are_normalised_to_the_contract(reported: str, path: str) -> None:
    assert field_path(reported) == path


def test_an_error_with_a_field_goes_next_to_that_field() -> None:
    placed = place_errors([ApiError("INVALID_PIN_CODE", "bad", "input.address.pinCode")], PROFILE_FIELDS)
    assert list(placed.by_field) == ["address.pinCode"]
    assert placed.general == ()


def test_a_nested_path_picks_the_right_one_of_two_city_fields() -> None:
    placed = place_errors([ApiError("INVALID_LOCATION", "bad", "defaultLocation.city")], PROFILE_FIELDS)
    assert list(placed.by_field) == ["defaultLocation.city"]


def test_an_error_without_a_field_is_placed_by_its_code() -> None:
    placed = place_errors(
        [ApiError("INVALID_GSTIN", "bad"), ApiError("INVALID_PIN_CODE", "bad")], PROFILE_FIELDS
    )
    assert sorted(placed.by_field) == ["address.pinCode", "gstin"]


def test_errors_about_no_field_on_the_form_go_above_the_form() -> None:
    errors = [ApiError("INVALID_CREDENTIALS", "no"), ApiError("INVALID_EMAIL", "bad", "email")]
    placed = place_errors(errors, ["password"])
    assert placed.by_field == {}
    assert placed.general == tuple(errors)
