import pytest
from india import GstinProblem, IndiaErrorCode, InvalidGstin, gstin_check_character, normalise_gstin

REAL_GSTINS = ["27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "36AABCT1332L1ZF"]


@pytest.mark.parametrize("gstin", REAL_GSTINS)
def test_real_gstins_pass_the_check_digit(gstin: str) -> None:
    assert gstin_check_character(gstin[:14]) == gstin[14]
    assert normalise_gstin(gstin.lower()) == gstin


def test_spaces_are_removed() -> None:
    assert normalise_gstin(" 27AAPFU 0939F1ZV ") == "27AAPFU0939F1ZV"


@pytest.mark.parametrize("gstin", REAL_GSTINS)
def test_changing_any_single_character_breaks_the_gstin(gstin: str) -> None:
    for position in range(15):
        replacement = "7" if gstin[position] != "7" else "8"
        if gstin[position].isalpha() and position not in (12, 14):
            replacement = "Q" if gstin[position] != "Q" else "R"
        corrupted = gstin[:position] + replacement + gstin[position + 1 :]
        with pytest.raises(InvalidGstin) as raised:
            normalise_gstin(corrupted)
        assert raised.value.code is IndiaErrorCode.INVALID_GSTIN


def test_swapping_two_adjacent_characters_is_caught() -> None:
    assert normalise_gstin("27AAPFU0939F1ZV")
    with pytest.raises(InvalidGstin):
        normalise_gstin("27AAPFU9039F1ZV")


def test_a_gstin_of_undivided_andhra_pradesh_is_still_valid() -> None:
    first_fourteen = "28AABCT1332L1Z"
    gstin = first_fourteen + gstin_check_character(first_fourteen)
    assert normalise_gstin(gstin) == gstin


@pytest.mark.parametrize(
    ("raw", "reason", "problem"),
    [
        ("27AAPFU0939F1Z", "15 characters", GstinProblem.LENGTH),
        ("27AAPFU0939F1XV", "state code, a PAN", GstinProblem.FORMAT),
        ("00AAPFU0939F1ZV", "not a GST state code", GstinProblem.STATE_CODE),
        ("27AAPFU0939F1ZA", "check character", GstinProblem.CHECK_CHARACTER),
    ],
)
def test_invalid_gstins_say_what_is_wrong(raw: str, reason: str, problem: GstinProblem) -> None:
    with pytest.raises(InvalidGstin) as raised:
        normalise_gstin(raw)
    assert raised.value.code == "invalid_gstin"
    assert reason in raised.value.message
    assert raised.value.problem is problem
