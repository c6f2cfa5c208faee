import pytest
from users_service.domain.address import make_address, normalise_pin_code
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.language import Language, parse_language
from users_service.domain.location import make_location
from users_service.domain.states import STATES, is_gst_state_code, state_for_code


def test_all_36_states_and_union_territories_have_distinct_gst_codes() -> None:
    assert len(STATES) == 36
    assert len({state.code for state in STATES}) == 36


def test_andhra_pradesh_and_telangana_have_their_codes_and_telugu_names() -> None:
    assert state_for_code("37").name == "Andhra Pradesh"
    assert state_for_code("37").name_te == "ఆంధ్రప్రదేశ్"
    assert state_for_code("36").name_te == "తెలంగాణ"


def test_unknown_state_codes_are_rejected_but_legacy_gstin_codes_are_known() -> None:
    with pytest.raises(UsersError) as raised:
        state_for_code("28")
    assert raised.value.code is UsersErrorCode.INVALID_STATE
    assert is_gst_state_code("28")
    assert not is_gst_state_code("40")


@pytest.mark.parametrize("raw", ["012345", "50001", "5000321", "50003a", ""])
def test_pin_codes_have_six_digits_not_starting_with_zero(raw: str) -> None:
    with pytest.raises(UsersError) as raised:
        normalise_pin_code(raw)
    assert raised.value.code is UsersErrorCode.INVALID_PIN_CODE


def test_an_address_is_normalised_and_reports_the_field_that_is_wrong() -> None:
    address = make_address(
        line1=" 12-2-34, Road 5 ",
        line2="",
        city="Hyderabad",
        district=None,
        pin_code="500 034",
        state_code="36",
    )
    assert (address.line1, address.line2, address.pin_code) == ("12-2-34, Road 5", None, "500034")
    with pytest.raises(UsersError) as raised:
        make_address(line1="x", line2=None, city="Hyd", district=None, pin_code="500034", state_code="99")
    assert raised.value.field == "address.stateCode"


def test_languages_are_telugu_or_english() -> None:
    assert parse_language("TE") is Language.TE
    with pytest.raises(UsersError) as raised:
        parse_language("hi")
    assert raised.value.code is UsersErrorCode.INVALID_LANGUAGE


def test_a_known_city_fills_in_its_coordinates() -> None:
    location = make_location(city="vijayawada", latitude=None, longitude=None, timezone=None)
    assert location.city == "Vijayawada"
    assert 16 < location.latitude < 17
    assert location.timezone == "Asia/Kolkata"


@pytest.mark.parametrize(
    ("city", "latitude", "longitude", "timezone"),
    [
        ("Atlantis", None, None, None),
        (None, 51.5, -0.12, None),
        (None, 17.0, None, None),
        (None, 17.0, 80.0, "Mars/Olympus"),
    ],
)
def test_unknown_cities_coordinates_outside_india_and_bad_timezones_are_rejected(
    city: str | None, latitude: float | None, longitude: float | None, timezone: str | None
) -> None:
    with pytest.raises(UsersError) as raised:
        make_location(city=city, latitude=latitude, longitude=longitude, timezone=timezone)
    assert raised.value.code is UsersErrorCode.INVALID_LOCATION
