from datetime import date
from decimal import Decimal

import pytest
from gst import GstError, GstErrorCode, default_rates, parse_rate, rate_table_from_toml

TWO_RATES = """
[[rate]]
code = "3406"
rate = "12"
from = "2017-07-01"
description = "Candles"

[[rate]]
code = "3406"
rate = "5"
from = "2025-09-22"
description = "Candles"
"""


def test_event_management_is_18_percent_under_sac_998596() -> None:
    entry = default_rates().rate_on("998596", date(2026, 5, 1))
    assert entry.rate == Decimal(18)
    assert entry.code.kind == "SAC"


@pytest.mark.parametrize("code", ["997319", "9966", "996334", "9973"])
def test_the_tent_rental_and_catering_defaults_of_gst_md_are_in_the_table(code: str) -> None:
    assert default_rates().rate_on(code, date(2026, 5, 1)).rate == Decimal(18)


def test_a_rate_applies_from_its_date_until_the_next_entry() -> None:
    table = rate_table_from_toml(TWO_RATES)
    assert table.rate_on("3406", date(2025, 9, 21)).rate == Decimal(12)
    assert table.rate_on("3406", date(2025, 9, 22)).rate == Decimal(5)
    assert table.rate_on("3406", date(2030, 1, 1)).rate == Decimal(5)


def test_the_shipped_table_knows_the_september_2025_change() -> None:
    table = default_rates()
    assert table.rate_on("6702", date(2025, 9, 21)).rate == Decimal(12)
    assert table.rate_on("6702", date(2025, 9, 22)).rate == Decimal(5)


def test_a_day_before_any_entry_has_no_rate() -> None:
    with pytest.raises(GstError) as raised:
        rate_table_from_toml(TWO_RATES).rate_on("3406", date(2017, 6, 30))
    assert raised.value.code is GstErrorCode.UNKNOWN_RATE


def test_an_unknown_code_has_no_rate() -> None:
    with pytest.raises(GstError) as raised:
        default_rates().rate_on("998599", date(2026, 1, 1))
    assert raised.value.code is GstErrorCode.UNKNOWN_RATE


def test_two_entries_of_one_code_on_one_day_are_refused() -> None:
    with pytest.raises(GstError) as raised:
        rate_table_from_toml(TWO_RATES + TWO_RATES)
    assert raised.value.code is GstErrorCode.INVALID_RATE_DATA


def test_malformed_data_is_a_typed_error() -> None:
    with pytest.raises(GstError) as raised:
        rate_table_from_toml('[[rate]]\ncode = "998596"\n')
    assert raised.value.code is GstErrorCode.INVALID_RATE_DATA


@pytest.mark.parametrize("raw", ["18", "18%", " 5 ", "0", "28", "40", "0.25"])
def test_the_schedules_rates_are_accepted(raw: str) -> None:
    assert parse_rate(raw) == Decimal(raw.strip().removesuffix("%"))


@pytest.mark.parametrize("raw", ["2.5", "9", "-18", "17", "abc", "", "NaN"])
def test_anything_else_is_not_a_rate(raw: str) -> None:
    with pytest.raises(GstError) as raised:
        parse_rate(raw)
    assert raised.value.code is GstErrorCode.INVALID_RATE
