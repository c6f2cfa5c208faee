"""Finding places and districts by any of their names, and by prefix."""

import pytest
from india import IndiaErrorCode, UnknownDistrict, UnknownPlace
from india.gazetteer import districts, find_district, find_place, places, search_key, search_places


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("hyderabad", "hyderabad"),
        ("  HYDERABAD ", "hyderabad"),
        ("హైదరాబాద్", "hyderabad"),
        ("Secunderabad", "secunderabad"),
        ("Vizag", "visakhapatnam"),
        ("విశాఖ", "visakhapatnam"),
        ("Bezawada", "vijayawada"),
        ("బెజవాడ", "vijayawada"),
        ("Rajahmundry", "rajamahendravaram"),
        ("Rajamahendravaram", "rajamahendravaram"),
        ("రాజమండ్రి", "rajamahendravaram"),
        ("tirupati", "tirupati"),
        ("Nagarjuna Sagar", "nagarjuna-sagar"),
        ("nagarjuna-sagar", "nagarjuna-sagar"),
        ("NagarjunaSagar", "nagarjuna-sagar"),
        ("Bhongir", "bhuvanagiri"),
        ("Anantapuramu", "anantapur"),
        ("మహబూబ్‌నగర్", "mahabubnagar"),
        ("మహబూబ్నగర్", "mahabubnagar"),
    ],
)
def test_a_place_is_found_by_id_english_or_telugu_name_or_alias(name: str, place_id: str) -> None:
    assert find_place(name).id == place_id


def test_every_name_of_every_place_and_district_finds_it() -> None:
    for place in places():
        assert all(find_place(name) is place for name in place.names), place.id
    for district in districts():
        assert all(find_district(name) is district for name in district.names), district.id


@pytest.mark.parametrize("name", ["Atlantis", "", "   ", "Bengaluru", "Rangareddy"])
def test_an_unknown_place_has_a_stable_code(name: str) -> None:
    with pytest.raises(UnknownPlace) as raised:
        find_place(name)
    assert raised.value.code is IndiaErrorCode.UNKNOWN_PLACE


def test_districts_are_found_by_their_old_and_short_names() -> None:
    assert find_district("Warangal Urban").id == "hanumakonda"
    assert find_district("కోనసీమ").id == "konaseema"
    assert find_district("Kadapa").name == "YSR Kadapa"
    with pytest.raises(UnknownDistrict) as raised:
        find_district("Hyderabad Rural")
    assert raised.value.code == "unknown_district"


def test_search_keys_ignore_case_spacing_punctuation_and_zero_width_joiners() -> None:
    assert search_key(" Dr. B. R. Ambedkar  Konaseema ") == "drbrambedkarkonaseema"
    assert search_key("మహబూబ్\u200cనగర్") == search_key("మహబూబ్నగర్")


def test_a_prefix_finds_places_by_english_name_then_by_alias() -> None:
    assert [place.id for place in search_places("viz")] == ["vizianagaram", "visakhapatnam"]


def test_a_telugu_prefix_finds_places_by_telugu_name() -> None:
    found = [place.id for place in search_places("తిరు")]
    assert found == ["tirupati", "tirumala", "tiruvuru", "dwaraka-tirumala"]


def test_an_exact_name_comes_before_longer_names_and_later_words() -> None:
    assert [place.id for place in search_places("Tirumala")] == ["tirumala", "dwaraka-tirumala"]


def test_district_headquarters_come_first_among_equal_matches() -> None:
    found = search_places("k", limit=50)
    headquarters = {district.headquarters for district in districts()}
    first_other = next(index for index, place in enumerate(found) if place.id not in headquarters)
    assert all(place.id not in headquarters for place in found[first_other:])


@pytest.mark.parametrize(("prefix", "limit"), [("", 10), ("   ", 10), ("ka", 0)])
def test_a_blank_prefix_or_no_room_finds_nothing(prefix: str, limit: int) -> None:
    assert search_places(prefix, limit=limit) == []


def test_the_limit_caps_the_answer() -> None:
    assert len(search_places("k", limit=3)) == 3
    assert len(search_places("k")) == 10
