"""Receivables with ageing, collections by day and mode, and GSTR-1's sections, against the season in
report_scenarios.py (every figure is worked out there by hand)."""

from __future__ import annotations

from datetime import date

import gst
import pytest
from billing_service.bootstrap import BillingServices
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.service_layer import gst_return, reports, sales
from servicekit.errors import Forbidden

from .report_scenarios import Season, a_season, on_1_december
from .scenarios import VIJAYAWADA_GSTIN, organizer, organizer_id

S = gst.Gstr1Section


@pytest.fixture
async def season(services: BillingServices) -> Season:
    return await a_season(on_1_december(services.deps))


async def test_receivables_on_1_december_age_each_clients_balance(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)

    found = await reports.receivables(deps, season.me, organizer_id(season.me), "2026-27")

    assert found.as_of == date(2026, 12, 1)
    assert [(c.client_name, c.invoices, c.outstanding_paise, c.ageing_paise) for c in found.clients] == [
        ("Lakshmi Narayana", 2, 3_13_000_00, (94_700_00, 0, 2_18_300_00, 0)),
        ("Uma Caterers", 1, 1_88_200_00, (0, 0, 0, 1_88_200_00)),
    ]
    assert found.ageing_paise == (94_700_00, 0, 2_18_300_00, 1_88_200_00)
    assert found.outstanding_paise == 5_01_200_00


async def test_receivables_on_an_earlier_day_count_only_what_was_paid_and_noted_by_then(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)

    found = await reports.receivables(
        deps, season.me, organizer_id(season.me), "2026-27", as_of=date(2026, 11, 24)
    )

    # Nothing paid yet; 4 days, 70 days, 115 days and 35 days old.
    assert found.ageing_paise == (2_18_300_00, 2_18_300_00, 2_18_300_00, 2_18_300_00)
    assert [c.invoices for c in found.clients] == [2, 2]


async def test_collections_by_day_and_mode_leave_out_advances_adjusted(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)
    me = season.me

    year = await reports.collections(deps, me, organizer_id(me), "2026-27", None)
    november = await reports.collections(deps, me, organizer_id(me), "2026-27", 11)

    assert [(c.day, c.mode, c.amount_paise, c.payments) for c in year.days] == [
        (date(2026, 11, 25), "cash", 1_00_000_00, 1),
        (date(2026, 11, 28), "bank_transfer", 2_18_300_00, 1),
        (date(2026, 11, 30), "upi", 18_300_00, 1),
        (date(2026, 12, 1), "cash", 23_600_00, 1),  # the advance, when received
    ]
    assert year.by_mode == {"bank_transfer": 2_18_300_00, "cash": 1_23_600_00, "upi": 18_300_00}
    assert year.total_paise == 3_60_200_00
    assert november.total_paise == 3_36_600_00


async def test_the_december_return_has_the_credit_note_and_the_advance_received_and_adjusted(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)

    found = await gst_return.gst_return(deps, season.me, organizer_id(season.me), "2026-27", 12)

    sections = found.sections
    assert (found.period.starts, found.period.ends) == (date(2026, 12, 1), date(2026, 12, 31))
    note = [VIJAYAWADA_GSTIN, "Uma Caterers", "CN/2627/1", "01-Dec-2026", "C", "37-Andhra Pradesh", "N"]
    assert sections[S.CDNR] == [[*note, "Regular", "11800.00", "", "18.00", "10000.00", ""]]
    assert sections[S.AT] == [["36-Telangana", "", "18.00", "20000.00", ""]]
    assert sections[S.ATADJ] == [["36-Telangana", "", "18.00", "20000.00", ""]]
    assert sections[S.HSN_B2B] == [
        [
            "998596",
            "Fewer lights",
            "NA",
            "0",
            "-11800.00",
            "18.00",
            "-10000.00",
            "-1800.00",
            "0.00",
            "0.00",
            "",
        ]
    ]
    assert sections[S.DOCS] == [
        ["Receipt Voucher", "RV/2627/1", "RV/2627/1", "1", "0"],
        ["Credit Note", "CN/2627/1", "CN/2627/1", "1", "0"],
    ]
    assert sections[S.B2B] == sections[S.B2CS] == sections[S.B2CL] == []


async def test_the_years_return_puts_registered_invoices_in_b2b_and_the_rest_in_b2cs(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)

    found = await gst_return.gst_return(deps, season.me, organizer_id(season.me), "2026-27", None)

    sections = found.sections
    uma = [VIJAYAWADA_GSTIN, "Uma Caterers"]
    tail = ["218300.00", "37-Andhra Pradesh", "N", "", "Regular B2B", "", "18.00", "185000.00", ""]
    assert sections[S.B2B] == [
        [*uma, "INV/2627/1", "01-Aug-2026", *tail],
        [*uma, "INV/2627/3", "20-Oct-2026", *tail],
    ]
    assert sections[S.B2CS] == [["OE", "36-Telangana", "", "18.00", "370000.00", "", ""]]
    assert ["Invoices for outward supply", "INV/2627/1", "INV/2627/4", "4", "0"] in sections[S.DOCS]


async def test_bad_periods_and_other_organizers_are_refused_with_codes(
    services: BillingServices, season: Season
) -> None:
    deps, me = on_1_december(services.deps), season.me
    for year, month, code in (("2026-28", None, "INVALID_FINANCIAL_YEAR"), ("2026-27", 13, "INVALID_PERIOD")):
        with pytest.raises(BillingError) as refused:
            await gst_return.gst_return(deps, me, organizer_id(me), year, month)
        assert refused.value.code == code
    with pytest.raises(BillingError) as refused:
        await reports.receivables(deps, me, organizer_id(me), "2026-27", as_of=date(2026, 3, 31))
    assert refused.value.code == BillingErrorCode.INVALID_DATE
    with pytest.raises(Forbidden):
        await reports.receivables(deps, organizer(), organizer_id(me), "2026-27")


async def test_sales_by_month_count_invoices_and_take_the_credit_note_off_its_month(
    services: BillingServices, season: Season
) -> None:
    deps = on_1_december(services.deps)

    found = await sales.sales_by_month(deps, season.me, organizer_id(season.me), "2026-27")

    figures = {
        m.month.month: (m.invoices, m.taxable_paise, m.cgst_paise, m.sgst_paise, m.igst_paise, m.total_paise)
        for m in found.months
        if m.invoices or m.total_paise
    }
    inter, intra = (
        (1, 1_85_000_00, 0, 0, 33_300_00, 2_18_300_00),
        (1, 1_85_000_00, 16_650_00, 16_650_00, 0, 2_18_300_00),
    )
    assert figures == {
        8: inter,
        9: intra,
        10: inter,
        11: intra,
        12: (0, -10_000_00, 0, 0, -1_800_00, -11_800_00),
    }
    assert [m.month for m in found.months][::11] == [date(2026, 4, 1), date(2027, 3, 1)]
    assert (found.total.invoices, found.total.taxable_paise, found.total.total_paise) == (
        4,
        7_30_000_00,
        8_61_400_00,
    )
    assert (found.total.cgst_paise, found.total.igst_paise) == (33_300_00, 64_800_00)


async def test_another_organizers_sales_are_forbidden(services: BillingServices, season: Season) -> None:
    with pytest.raises(Forbidden):
        await sales.sales_by_month(services.deps, organizer(), organizer_id(season.me), "2026-27")
