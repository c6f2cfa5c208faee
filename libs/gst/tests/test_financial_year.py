from datetime import date

import pytest
from gst import (
    FinancialYear,
    GstError,
    GstErrorCode,
    document_number,
    financial_year_of,
    last_sequence,
    normalise_series_prefix,
    number_stem,
    parse_financial_year,
)


def test_the_year_runs_from_april_to_march() -> None:
    assert financial_year_of(date(2026, 4, 1)) == FinancialYear(2026)
    assert financial_year_of(date(2027, 3, 31)) == FinancialYear(2026)
    assert financial_year_of(date(2026, 3, 31)) == FinancialYear(2025)


def test_labels_are_as_returns_write_them() -> None:
    assert FinancialYear(2026).label == "2026-27"
    assert FinancialYear(2099).label == "2099-00"
    assert parse_financial_year("2026-27") == FinancialYear(2026)
    assert parse_financial_year("2017-18") == FinancialYear(2017)
    assert parse_financial_year("2099-00") == FinancialYear(2099)


@pytest.mark.parametrize(
    "label", ["2026-28", "26-27", "2026/27", "", "2026-2027", "9999-00", "2016-17", "0001-02", "2100-01"]
)
def test_other_labels_are_refused(label: str) -> None:
    with pytest.raises(GstError) as raised:
        parse_financial_year(label)
    assert raised.value.code is GstErrorCode.INVALID_FINANCIAL_YEAR


def test_credit_notes_against_a_year_are_accepted_until_30_november_after_it() -> None:
    assert FinancialYear(2025).notes_accepted_until == date(2026, 11, 30)


def test_numbers_carry_series_year_and_sequence_within_sixteen_characters() -> None:
    assert document_number("INV", FinancialYear(2026), 1) == "INV/2627/1"
    assert document_number("DECOR1", FinancialYear(2026), 9_999) == "DECOR1/2627/9999"
    with pytest.raises(GstError) as raised:
        document_number("DECOR1", FinancialYear(2026), 10_000)
    assert raised.value.code is GstErrorCode.NUMBER_TOO_LONG
    assert (number_stem("DECOR1", FinancialYear(2026)), last_sequence("DECOR1", FinancialYear(2026))) == (
        "DECOR1/2627/",
        9_999,
    )
    assert last_sequence("INV", FinancialYear(2026)) == 9_999_999


@pytest.mark.parametrize("prefix", ["", "INVOICE", "IN V", "-INV", "IN/V", "ఇన్"])
def test_a_series_prefix_is_short_and_plain(prefix: str) -> None:
    with pytest.raises(GstError) as raised:
        normalise_series_prefix(prefix)
    assert raised.value.code is GstErrorCode.INVALID_SERIES_PREFIX


def test_a_prefix_is_upper_cased() -> None:
    assert normalise_series_prefix(" tent-a ") == "TENT-A"
