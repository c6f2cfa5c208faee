import gst
import pytest


@pytest.mark.parametrize(
    ("paise", "written"),
    [
        (0, "0.00"),
        (5, "0.05"),
        (999_99, "999.99"),
        (1_000_00, "1,000.00"),
        (1_23_456_50, "1,23,456.50"),
        (12_34_56_789_00, "12,34,56,789.00"),
        (-1_00_000_00, "-1,00,000.00"),
    ],
)
def test_amounts_are_grouped_in_lakhs_and_crores(paise: int, written: str) -> None:
    assert gst.indian_amount(paise) == written


def test_a_upi_amount_has_two_decimals_and_no_grouping() -> None:
    assert gst.upi_amount(1_23_456_05) == "123456.05"
