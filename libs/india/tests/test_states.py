import pytest
from india import (
    ANDHRA_PRADESH,
    STATES,
    TELANGANA,
    IndiaErrorCode,
    UnknownState,
    is_gst_state_code,
    state_for_code,
)


def test_all_36_states_and_union_territories_have_distinct_gst_codes() -> None:
    assert len(STATES) == 36
    assert len({state.code for state in STATES}) == 36


def test_andhra_pradesh_and_telangana_have_their_codes_and_telugu_names() -> None:
    assert state_for_code("37") is ANDHRA_PRADESH
    assert (ANDHRA_PRADESH.name, ANDHRA_PRADESH.name_te) == ("Andhra Pradesh", "ఆంధ్రప్రదేశ్")
    assert (TELANGANA.code, TELANGANA.name_te) == ("36", "తెలంగాణ")


def test_a_one_digit_code_is_read_with_its_leading_zero() -> None:
    assert state_for_code(" 7 ").name == "Delhi"


def test_unknown_state_codes_are_rejected_but_legacy_gstin_codes_are_known() -> None:
    with pytest.raises(UnknownState) as raised:
        state_for_code("28")
    assert raised.value.code is IndiaErrorCode.UNKNOWN_STATE
    assert "e.g. 36, 37" in raised.value.message
    assert is_gst_state_code("28")
    assert not is_gst_state_code("40")


def test_every_state_and_union_territory_has_a_telugu_name_in_telugu_letters() -> None:
    for state in STATES:
        assert any("\u0c00" <= letter <= "\u0c7f" for letter in state.name_te), state.name
    assert len({state.name_te for state in STATES}) == len(STATES)
