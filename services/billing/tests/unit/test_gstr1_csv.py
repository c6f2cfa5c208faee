"""The GSTR-1 CSV makes a buyer's name typed as a formula text, as the calendar's export does."""

from __future__ import annotations

import gst
from billing_service.service_layer.gst_return import csv_of


def test_a_cell_a_spreadsheet_would_run_is_quoted_and_an_amount_is_kept() -> None:
    columns = gst.GSTR1_COLUMNS[gst.Gstr1Section.B2B]
    row = ["=2+5+cmd|A0"] + ["-1250.00"] * (len(columns) - 1)
    text = csv_of(gst.Gstr1Section.B2B, [row]).decode()
    assert "\r\n'=2+5+cmd|A0," in text
    assert ",-1250.00" in text
