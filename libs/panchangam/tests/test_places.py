from __future__ import annotations

from datetime import date

import panchangam
import pytest
from india import gazetteer as india_gazetteer
from panchangam import PanchangamError

TELANGANA_HQ = ["adilabad", "karimnagar", "warangal", "khammam", "nalgonda", "mahabubnagar", "gadwal"]
ANDHRA_HQ = ["srikakulam", "visakhapatnam", "kakinada", "vijayawada", "guntur", "nellore", "tirupati"]


def test_gazetteer_holds_district_headquarters_of_both_states() -> None:
    for name in TELANGANA_HQ + ANDHRA_HQ:
        place = panchangam.find_place(name)
        assert 12.0 < place.latitude < 20.0, name
        assert 76.0 < place.longitude < 85.0, name


def test_lookup_ignores_case_spaces_and_hyphens() -> None:
    assert panchangam.find_place(" New-Delhi ") == panchangam.find_place("new_delhi")


def test_every_place_of_the_india_gazetteer_is_built_in_with_its_coordinates() -> None:
    for place in india_gazetteer.places():
        built_in = panchangam.gazetteer()[place.id]
        assert (built_in.latitude, built_in.longitude) == (place.latitude, place.longitude)


def test_aliases_and_telugu_names_of_the_india_gazetteer_find_its_places() -> None:
    assert panchangam.find_place("Vizag") == panchangam.find_place("visakhapatnam")
    assert panchangam.find_place("విజయవాడ").name == "vijayawada"
    assert panchangam.find_place("rajahmundry").name == "rajamahendravaram"


def test_a_district_stands_for_its_headquarters() -> None:
    assert panchangam.find_place("Bhadradri Kothagudem") == panchangam.find_place("kothagudem")


def test_cities_outside_andhra_pradesh_and_telangana_are_kept() -> None:
    assert panchangam.find_place("Bengaluru").latitude == pytest.approx(12.97, abs=0.01)
    assert panchangam.find_place("mumbai").longitude == pytest.approx(72.88, abs=0.01)


def test_unknown_place_has_a_stable_code() -> None:
    with pytest.raises(PanchangamError) as raised:
        panchangam.find_place("atlantis")
    assert raised.value.code == "unknown_place"


@pytest.mark.parametrize(
    ("latitude", "longitude", "timezone", "code"),
    [
        (66.5, 0.0, "UTC", "latitude_out_of_range"),
        (-70.0, 0.0, "UTC", "latitude_out_of_range"),
        (10.0, 200.0, "UTC", "longitude_out_of_range"),
        (10.0, 10.0, "Mars/Olympus", "unknown_timezone"),
    ],
)
def test_bad_coordinates_are_refused(latitude: float, longitude: float, timezone: str, code: str) -> None:
    with pytest.raises(PanchangamError) as raised:
        panchangam.make_place(latitude, longitude, timezone)
    assert raised.value.code == code


def test_a_place_where_the_sun_does_not_set_gets_a_coded_error() -> None:
    lapland = panchangam.make_place(65.9, 25.0, "Europe/Helsinki")
    with pytest.raises(PanchangamError) as raised:
        panchangam.day(date(2026, 6, 21), lapland)
    assert raised.value.code == "no_sunrise"
    winter = panchangam.day(date(2026, 12, 21), lapland)
    assert winter.sunrise < winter.rahu_kalam.start < winter.sunset
