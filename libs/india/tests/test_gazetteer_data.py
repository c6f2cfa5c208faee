"""The bundled data: complete districts, unique ids, Telugu names, plausible coordinates."""

import math
import re
import unicodedata
from collections import Counter

import pytest
from india import ANDHRA_PRADESH, TELANGANA
from india.gazetteer import DEFAULT_TIMEZONE, District, Place, districts, find_place, places

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Andhra Pradesh and Telangana together lie within this box (Kuppam to Adilabad, Rayadurg to Ichchapuram).
LATITUDES = (12.5, 20.0)
LONGITUDES = (76.7, 84.8)
# The farthest town from its headquarters (Ichchapuram, 100 km from Srikakulam) with room to spare;
# a mistyped digit in a coordinate puts a town far outside it.
MAX_KM_FROM_HEADQUARTERS = 130


def _has_telugu_letters(text: str) -> bool:
    return any("\u0c00" <= char <= "\u0c7f" and unicodedata.category(char).startswith("L") for char in text)


def _km_between(a: Place, b: Place) -> float:
    north = (a.latitude - b.latitude) * 111.2
    east = (a.longitude - b.longitude) * 111.2 * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return math.hypot(north, east)


def test_telangana_has_33_districts_and_andhra_pradesh_26() -> None:
    per_state = Counter(district.state_code for district in districts())
    assert per_state == {TELANGANA.code: 33, ANDHRA_PRADESH.code: 26}


@pytest.mark.parametrize("district", districts(), ids=lambda d: d.id)
def test_every_district_headquarters_is_a_place_in_that_district(district: District) -> None:
    headquarters = find_place(district.headquarters)
    assert headquarters.id == district.headquarters
    assert headquarters.district == district.id
    assert headquarters.state_code == district.state_code


def test_the_gazetteer_has_the_principal_towns_and_temple_towns() -> None:
    assert len(places()) >= 150
    for name in ("Tirumala", "Srisailam", "Bhadrachalam", "Yadagirigutta", "Basar", "Simhachalam"):
        assert find_place(name).name == name


def test_ids_are_unique_slugs() -> None:
    for entries in (districts(), places()):
        ids = [entry.id for entry in entries]
        assert len(ids) == len(set(ids))
        assert all(SLUG.match(entry_id) for entry_id in ids)


def test_every_place_is_in_a_known_district_of_its_state() -> None:
    state_of = {district.id: district.state_code for district in districts()}
    for place in places():
        assert state_of[place.district] == place.state_code, place.id
    assert {place.district for place in places()} == set(state_of)


@pytest.mark.parametrize("entry", [*districts(), *places()], ids=lambda e: e.id)
def test_every_telugu_name_is_written_in_telugu_letters(entry: District | Place) -> None:
    assert _has_telugu_letters(entry.name_te)
    assert not re.search(r"[A-Za-z]", entry.name_te)
    assert entry.name_te == unicodedata.normalize("NFC", entry.name_te)


def test_every_place_lies_in_andhra_pradesh_or_telangana_near_its_headquarters() -> None:
    headquarters = {district.id: find_place(district.headquarters) for district in districts()}
    for place in places():
        assert LATITUDES[0] < place.latitude < LATITUDES[1], place.id
        assert LONGITUDES[0] < place.longitude < LONGITUDES[1], place.id
        assert _km_between(place, headquarters[place.district]) < MAX_KM_FROM_HEADQUARTERS, place.id
        assert place.timezone == DEFAULT_TIMEZONE


@pytest.mark.parametrize(
    ("name", "latitude", "longitude"),
    [
        ("Hyderabad", 17.38, 78.46),
        ("Vijayawada", 16.51, 80.65),
        ("Visakhapatnam", 17.69, 83.21),
        ("Tirupati", 13.63, 79.42),
        ("Warangal", 17.97, 79.59),
        ("Adilabad", 19.67, 78.53),
        ("Kuppam", 12.75, 78.34),
        ("Ichchapuram", 19.11, 84.69),
    ],
)
def test_well_known_towns_sit_where_they_are(name: str, latitude: float, longitude: float) -> None:
    place = find_place(name)
    assert place.latitude == pytest.approx(latitude, abs=0.02)
    assert place.longitude == pytest.approx(longitude, abs=0.02)
