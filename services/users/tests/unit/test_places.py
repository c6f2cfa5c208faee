import pytest
from users_service.domain.address import make_address
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.language import Language, parse_language
from users_service.domain.location import make_location, stored_location


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


@pytest.mark.parametrize("city", ["vijayawada", "Vijayawada", " VIJAYAWADA ", "విజయవాడ", "Bezawada"])
def test_a_gazetteer_place_fills_in_its_coordinates_and_is_stored_by_id(city: str) -> None:
    location = make_location(city=city, latitude=None, longitude=None, timezone=None)
    assert (location.city, location.place_id, location.stored_city) == (
        "Vijayawada",
        "vijayawada",
        "vijayawada",
    )
    assert 16 < location.latitude < 17
    assert location.timezone == "Asia/Kolkata"


def test_any_town_of_the_gazetteer_is_accepted_not_only_the_big_cities() -> None:
    location = make_location(city="Rajahmundry", latitude=None, longitude=None, timezone=None)
    assert (location.city, location.place_id) == ("Rajamahendravaram", "rajamahendravaram")
    assert make_location(city="Bhadrachalam", latitude=None, longitude=None, timezone=None).place_id


def test_coordinates_keep_their_point_and_name_a_place_when_the_city_is_one() -> None:
    at_a_venue = make_location(city="Secunderabad", latitude=17.45, longitude=78.51, timezone=None)
    assert (at_a_venue.place_id, at_a_venue.latitude, at_a_venue.longitude) == ("secunderabad", 17.45, 78.51)
    elsewhere = make_location(city="  Our   farm ", latitude=17.1, longitude=78.9, timezone=None)
    assert (elsewhere.city, elsewhere.place_id, elsewhere.stored_city) == ("Our farm", None, "Our farm")


# The 14 cities the profile accepted before the gazetteer, stored by their English names.
CITIES_STORED_BEFORE = [
    "Hyderabad", "Warangal", "Karimnagar", "Khammam", "Nizamabad", "Vijayawada", "Visakhapatnam",
    "Guntur", "Tirupati", "Nellore", "Kurnool", "Kakinada", "Rajahmundry", "Anantapur",
]  # fmt: skip


@pytest.mark.parametrize("stored", [*CITIES_STORED_BEFORE, "hyderabad", "rajahmundry"])
def test_cities_stored_before_the_gazetteer_read_back_as_its_places(stored: str) -> None:
    location = stored_location(stored, 17.0, 80.0, "Asia/Kolkata")
    assert location.place_id is not None
    assert (location.latitude, location.longitude) == (17.0, 80.0)
    assert (
        make_location(city=stored, latitude=None, longitude=None, timezone=None).place_id == location.place_id
    )


def test_a_stored_id_reads_back_with_the_place_name_and_a_free_name_as_it_was() -> None:
    assert stored_location("visakhapatnam", 17.68, 83.2, "Asia/Kolkata").city == "Visakhapatnam"
    assert stored_location("Our farm", 17.1, 78.9, "Asia/Kolkata").city == "Our farm"
    assert stored_location(None, 17.1, 78.9, "Asia/Kolkata").city is None


@pytest.mark.parametrize(
    ("city", "latitude", "longitude", "timezone"),
    [
        ("Atlantis", None, None, None),
        ("Bengaluru", None, None, None),
        (None, None, None, None),
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
