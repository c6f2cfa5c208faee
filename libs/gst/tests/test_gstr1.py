"""GSTR-1 sections from a Hyderabad (36) decorator's month, every figure worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from gst import (
    GSTR1_COLUMNS,
    AdvanceAmount,
    DocumentRange,
    Gstr1Section,
    Outward,
    OutwardLine,
    TaxRegime,
    b2cl_threshold_paise,
    gstr1_sections,
)

VIJAYAWADA_GSTIN = "37AAPFU0939F1ZV"
S = Gstr1Section


def line(code: str, rate: str, taxable_rupees: int, quantity: str = "1", unit: str = "job") -> OutwardLine:
    return OutwardLine(code, f"item {code}", unit, Decimal(quantity), Decimal(rate), taxable_rupees * 100)


def outward(
    number: str, day: int, value_rupees: int, pos: str, lines: list[OutwardLine], **kw: object
) -> Outward:
    regime = TaxRegime.INTRA_STATE if pos == "36" else TaxRegime.INTER_STATE
    defaults: dict[str, object] = {"kind": "invoice", "recipient_gstin": None, "recipient_name": "Lakshmi"}
    return Outward(
        number=number,
        day=date(2026, 11, day),
        value_paise=value_rupees * 100,
        place_of_supply=pos,
        regime=regime,
        lines=lines,
        **{**defaults, **kw},  # type: ignore[arg-type]
    )


# 1: to a registered Vijayawada firm, IGST: 1,50,000 at 18% (27,000) + 20,000 at 5% (1,000) = 1,98,000.
B2B_INVOICE = outward(
    "INV/2627/1",
    10,
    198_000,
    "37",
    [line("998596", "18", 150_000), line("996334", "5", 20_000)],
    recipient_gstin=VIJAYAWADA_GSTIN,
    recipient_name="Uma Caterers",
)
# 2: unregistered, inter-state, 1,18,000 > 1 lakh: B2CL.
B2CL_INVOICE = outward("INV/2627/2", 12, 118_000, "37", [line("998596", "18", 100_000)])
# 3: unregistered, inter-state, 50,000 at 18% + two tents (HSN 6306) 10,000 at 12% = 70,200: B2CS.
SMALL_INTER = outward(
    "INV/2627/3", 13, 70_200, "37", [line("998596", "18", 50_000), line("6306", "12", 10_000, "2", "nos")]
)
# 4: unregistered, within Telangana, 2,00,000 at 18% = 2,36,000: B2CS whatever the value.
INTRA = outward("INV/2627/4", 14, 236_000, "36", [line("997319", "18", 200_000)])
NOTES = [
    # Credit 10,000 on invoice 4: netted in B2CS (36, 18%).
    outward(
        "CN/2627/1", 20, 11_800, "36", [line("997319", "18", 10_000)], kind="credit_note", original=INTRA
    ),
    # Credit 20,000 on the B2CL invoice: CDNUR.
    outward(
        "CN/2627/2",
        21,
        23_600,
        "37",
        [line("998596", "18", 20_000)],
        kind="credit_note",
        original=B2CL_INVOICE,
    ),
    # Debit 5,000 on the B2B invoice: CDNR.
    outward(
        "DN/2627/1",
        22,
        5_900,
        "37",
        [line("998596", "18", 5_000)],
        kind="debit_note",
        original=B2B_INVOICE,
        recipient_gstin=VIJAYAWADA_GSTIN,
        recipient_name="Uma Caterers",
    ),
]
BILL_OF_SUPPLY = Outward(
    "invoice",
    "INV/2627/5",
    date(2026, 11, 25),
    10_000_00,
    "36",
    TaxRegime.NONE,
    None,
    "Ravi",
    [line("998596", "0", 10_000)],
)


@pytest.fixture(scope="module")
def sections() -> dict[Gstr1Section, list[list[str]]]:
    return gstr1_sections(
        [B2B_INVOICE, B2CL_INVOICE, SMALL_INTER, INTRA, *NOTES, BILL_OF_SUPPLY],
        advances_received=[
            AdvanceAmount("36", Decimal(18), 50_000_00),
            AdvanceAmount("36", Decimal(18), 10_000_00),
        ],
        advances_adjusted=[AdvanceAmount("36", Decimal(18), 30_000_00)],
        documents=[DocumentRange("Invoices for outward supply", "INV/2627/1", "INV/2627/5", 5, 0)],
    )


def test_b2b_has_a_row_per_invoice_and_rate_with_the_invoice_value(
    sections: dict[S, list[list[str]]],
) -> None:
    invoice = [VIJAYAWADA_GSTIN, "Uma Caterers", "INV/2627/1", "10-Nov-2026", "198000.00"]
    place = ["37-Andhra Pradesh", "N", "", "Regular B2B", ""]
    assert sections[S.B2B] == [
        [*invoice, *place, "5.00", "20000.00", ""],
        [*invoice, *place, "18.00", "150000.00", ""],
    ]


def test_b2cl_holds_only_the_inter_state_unregistered_invoice_over_one_lakh(
    sections: dict[S, list[list[str]]],
) -> None:
    assert sections[S.B2CL] == [
        ["INV/2627/2", "12-Nov-2026", "118000.00", "37-Andhra Pradesh", "", "18.00", "100000.00", "", ""]
    ]


def test_b2cs_sums_per_place_and_rate_net_of_its_credit_notes(sections: dict[S, list[list[str]]]) -> None:
    assert sections[S.B2CS] == [
        ["OE", "36-Telangana", "", "18.00", "190000.00", "", ""],  # 2,00,000 - 10,000
        ["OE", "37-Andhra Pradesh", "", "12.00", "10000.00", "", ""],
        ["OE", "37-Andhra Pradesh", "", "18.00", "50000.00", "", ""],
    ]


def test_notes_go_to_cdnr_for_registered_and_cdnur_for_b2cl_invoices(
    sections: dict[S, list[list[str]]],
) -> None:
    note = [VIJAYAWADA_GSTIN, "Uma Caterers", "DN/2627/1", "22-Nov-2026", "D", "37-Andhra Pradesh"]
    assert sections[S.CDNR] == [[*note, "N", "Regular", "5900.00", "", "18.00", "5000.00", ""]]
    assert sections[S.CDNUR] == [
        [
            "B2CL",
            "CN/2627/2",
            "21-Nov-2026",
            "C",
            "37-Andhra Pradesh",
            "23600.00",
            "",
            "18.00",
            "20000.00",
            "",
        ]
    ]


def test_hsn_tables_split_registered_and_unregistered_net_of_notes(
    sections: dict[S, list[list[str]]],
) -> None:
    # B2B: 998596 is 1,50,000 + the 5,000 debit note, IGST 27,000 + 900.
    assert sections[S.HSN_B2B] == [
        ["996334", "item 996334", "NA", "0", "21000.00", "5.00", "20000.00", "1000.00", "0.00", "0.00", ""],
        [
            "998596",
            "item 998596",
            "NA",
            "0",
            "182900.00",
            "18.00",
            "155000.00",
            "27900.00",
            "0.00",
            "0.00",
            "",
        ],
    ]
    # B2C: tents are goods (quantity, UQC); 997319 is 2,00,000 - 10,000 with CGST = SGST = 9%;
    # 998596 is 1,00,000 + 50,000 - 20,000 at 18% IGST.
    assert sections[S.HSN_B2C] == [
        hsn("6306", "NOS-NUMBERS", "2", "11200.00", "12.00", "10000.00", "1200.00", "0.00", "0.00"),
        hsn("997319", "NA", "0", "224200.00", "18.00", "190000.00", "0.00", "17100.00", "17100.00"),
        hsn("998596", "NA", "0", "153400.00", "18.00", "130000.00", "23400.00", "0.00", "0.00"),
    ]


def test_advances_received_and_adjusted_sum_per_place_and_rate(sections: dict[S, list[list[str]]]) -> None:
    assert sections[S.AT] == [["36-Telangana", "", "18.00", "60000.00", ""]]
    assert sections[S.ATADJ] == [["36-Telangana", "", "18.00", "30000.00", ""]]


def test_documents_issued_and_every_row_fits_its_columns(sections: dict[S, list[list[str]]]) -> None:
    assert sections[S.DOCS] == [["Invoices for outward supply", "INV/2627/1", "INV/2627/5", "5", "0"]]
    for section, rows in sections.items():
        assert all(len(row) == len(GSTR1_COLUMNS[section]) for row in rows), section


def test_the_b2cl_threshold_fell_from_two_and_a_half_lakh_to_one_lakh_on_1_august_2024() -> None:
    assert b2cl_threshold_paise(date(2024, 7, 31)) == 2_50_000_00
    assert b2cl_threshold_paise(date(2024, 8, 1)) == 1_00_000_00
    july = Outward("invoice", "A/1", date(2024, 7, 15), 1_50_000_00, "37", TaxRegime.INTER_STATE, None, "R",
                   [line("998596", "18", 127_119)])  # fmt: skip
    rows = gstr1_sections([july, replace(july, day=date(2024, 8, 1), number="A/2")])
    assert [r[0] for r in rows[S.B2CL]] == ["A/2"]
    assert [r[4] for r in rows[S.B2CS]] == ["127119.00"]


def hsn(code: str, *figures: str) -> list[str]:
    return [code, f"item {code}", *figures, ""]
