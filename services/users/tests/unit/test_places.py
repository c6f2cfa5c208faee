import pytest
from users_service.domain.address import make_address
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.language import Language, parse_language
from users_service.domain.location import make_location


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
