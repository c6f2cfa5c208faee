from decimal import Decimal

import pytest
from gst import GstError, GstErrorCode, TaxRegime, document_totals, line, round_half_up, to_rupee
from hypothesis import given
from hypothesis import strategies as st


def test_rounding_is_half_up_at_fifty_paise() -> None:
    assert to_rupee(4950) == 5000
    assert to_rupee(4949) == 4900
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("-2.5")) == -3


def test_taxable_value_is_quantity_times_rate_less_the_discount() -> None:
    totals = document_totals(
        [line(quantity="2.5", rate_paise=100_001, tax_rate="18", discount_paise=1_000)], TaxRegime.INTRA_STATE
    )
    assert totals.lines[0].gross_paise == 250_003  # 250,002.5 rounded half up
    assert totals.taxable_paise == 249_003


def test_intra_state_tax_is_split_into_cgst_and_sgst_each_rounded_to_the_rupee_at_the_total() -> None:
    lines = [
        line(quantity=1, rate_paise=33_333, tax_rate="18"),  # 9% of 333.33 = 29.9997
        line(quantity=1, rate_paise=33_333, tax_rate="18"),
        line(quantity=1, rate_paise=10_050, tax_rate="5"),  # 2.5% of 100.50 = 2.5125
    ]
    totals = document_totals(lines, TaxRegime.INTRA_STATE)
    # CGST exact: 59.9994 + 2.5125 = 62.5119 -> Rs 63; SGST the same.
    assert (totals.cgst_paise, totals.sgst_paise, totals.igst_paise) == (6_300, 6_300, 0)
    assert [(r.rate, r.taxable_paise, r.cgst_paise) for r in totals.rows] == [
        (Decimal(5), 10_050, 251),
        (Decimal(18), 66_666, 6_000),
    ]
    assert totals.round_off_paise == 2 * (6_300 - 6_251)
    assert totals.total_paise == 76_716 + 12_600


def test_inter_state_tax_is_one_igst_head() -> None:
    totals = document_totals([line(quantity=1, rate_paise=1_000_000, tax_rate="18")], TaxRegime.INTER_STATE)
    assert (totals.cgst_paise, totals.sgst_paise, totals.igst_paise) == (0, 0, 180_000)
    assert totals.total_paise == 1_180_000


def test_a_bill_of_supply_has_no_tax_whatever_the_lines_rates() -> None:
    totals = document_totals([line(quantity=3, rate_paise=50_000, tax_rate="18")], TaxRegime.NONE)
    assert totals.tax_paise == 0
    assert totals.total_paise == 150_000
    assert [r.rate for r in totals.rows] == [Decimal(0)]


@pytest.mark.parametrize(
    ("quantity", "rate", "discount", "code"),
    [
        ("0", 100, 0, GstErrorCode.INVALID_QUANTITY),
        ("-1", 100, 0, GstErrorCode.INVALID_QUANTITY),
        ("1.0001", 100, 0, GstErrorCode.INVALID_QUANTITY),
        ("abc", 100, 0, GstErrorCode.INVALID_QUANTITY),
        ("1", 0, 0, GstErrorCode.INVALID_AMOUNT),
        ("1", -100, 0, GstErrorCode.INVALID_AMOUNT),
        ("1", 100, 101, GstErrorCode.INVALID_DISCOUNT),
        ("1", 100, -1, GstErrorCode.INVALID_DISCOUNT),
    ],
)
def test_bad_lines_are_typed_errors(quantity: str, rate: int, discount: int, code: GstErrorCode) -> None:
    with pytest.raises(GstError) as raised:
        line(quantity=quantity, rate_paise=rate, tax_rate="18", discount_paise=discount)
    assert raised.value.code is code


@given(
    st.lists(
        st.tuples(st.integers(1, 1000), st.integers(1, 10**8), st.sampled_from(["0", "5", "12", "18", "28"])),
        min_size=1,
        max_size=20,
    )
)
def test_each_head_is_within_fifty_paise_of_the_exact_tax_and_cgst_equals_sgst(
    rows: list[tuple[int, int, str]],
) -> None:
    lines = [line(quantity=q, rate_paise=r, tax_rate=t) for q, r, t in rows]
    totals = document_totals(lines, TaxRegime.INTRA_STATE)
    exact = sum(Decimal(q * r) * Decimal(t) / 200 for q, r, t in rows)
    assert totals.cgst_paise == totals.sgst_paise
    assert totals.cgst_paise % 100 == 0
    assert abs(Decimal(totals.cgst_paise) - exact) <= 50
