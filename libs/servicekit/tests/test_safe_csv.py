"""CSV cells a spreadsheet would run as formulas are made text; amounts stay numbers."""

from __future__ import annotations

import pytest
from servicekit.safe_csv import formula_safe, safe_csv


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://x","y")', "+91 98480", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(cell: str) -> None:
    assert formula_safe(cell) == f"'{cell}"


@pytest.mark.parametrize("cell", ["-1250.00", "-5", "Lakshmi Decorators", "లక్ష్మి", "", "36AABCU9603R1ZM"])
def test_amounts_and_plain_text_are_kept(cell: str) -> None:
    assert formula_safe(cell) == cell


def test_the_csv_has_crlf_lines_and_every_cell_made_safe() -> None:
    text = safe_csv(("name", "amount"), [["=cmd|' /C calc'!A0", "-10.50"]])
    assert text == "name,amount\r\n'=cmd|' /C calc'!A0,-10.50\r\n"
