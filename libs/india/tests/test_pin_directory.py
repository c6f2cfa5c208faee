import indian_pincode
import pytest
from india import STATES, InvalidPinCode
from india.gazetteer import districts
from india.pin_directory import PinDistrict, area_for_pin


@pytest.mark.parametrize(
    ("pin", "state", "district_id", "district_te"),
    [
        ("500034", "36", "hyderabad", "హైదరాబాద్"),
        ("506 002", "36", "hanumakonda", "హనుమకొండ"),
        ("505001", "36", "karimnagar", "కరీంనగర్"),
        ("520001", "37", "ntr", None),
        ("530001", "37", "visakhapatnam", None),
        ("533101", "37", "east-godavari", None),
    ],
)
def test_a_pin_code_of_andhra_pradesh_or_telangana_names_its_state_and_gazetteer_district(
    pin: str, state: str, district_id: str, district_te: str | None
) -> None:
    area = area_for_pin(pin)
    assert area is not None
    assert area.state.code == state
    assert area.district is not None
    assert area.district.id == district_id
    assert area.district.name_te
    if district_te is not None:
        assert area.district.name_te == district_te


def test_a_pin_code_that_serves_two_districts_names_both_and_no_single_one() -> None:
    area = area_for_pin("517501")  # Tirupati's head office, in Tirupati and Chittoor districts
    assert area is not None
    assert {d.id for d in area.districts} == {"tirupati", "chittoor"}
    assert area.district is None


def test_a_pin_code_elsewhere_names_its_state_and_the_directory_s_district() -> None:
    area = area_for_pin("560001")
    assert area is not None
    assert (area.state.name, area.state.name_te) == ("Karnataka", "కర్ణాటక")
    assert area.district == PinDistrict("Bengaluru Urban")


def test_a_well_formed_pin_code_no_office_has_is_unknown_and_a_malformed_one_is_refused() -> None:
    assert area_for_pin("599999") is None
    with pytest.raises(InvalidPinCode):
        area_for_pin("050003")


def test_every_district_the_directory_has_in_the_two_states_is_a_gazetteer_district_of_its_state() -> None:
    for state, code in (("ANDHRA PRADESH", "37"), ("TELANGANA", "36")):
        areas = [area for pin in indian_pincode.get_pincodes(state=state) if (area := area_for_pin(pin))]
        # Yanam, Puducherry's enclave, shares a PIN code with Andhra Pradesh villages around it.
        found = {d.id for area in areas if area.state.code == code for d in area.districts if d.id}
        assert found == {district.id for district in districts() if district.state_code == code}


def test_a_district_of_the_other_state_listed_by_mistake_is_left_out() -> None:
    area = area_for_pin("503188")  # Nizamabad; the source also lists an office under Vizianagaram
    assert area is not None
    assert area.district is not None
    assert area.district.id == "nizamabad"


def test_every_state_of_the_directory_is_one_of_ours() -> None:
    ours = {state.code for state in STATES}
    named = {area.state.code for pin in indian_pincode.get_pincodes()[::50] if (area := area_for_pin(pin))}
    assert named <= ours
    assert len(named) >= 30
