"""The billing reports screen through the app's own client against a held gateway (answers checked
against the committed SDL): the year's sales by month and GST summary as bars, receivables by age,
collections by mode, in English and Telugu; CSV links appear only once answered."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.bar_chart import PARTS, bar_parts
from eventxperts_app.features.billing.report_models import Gstr1Section
from eventxperts_app.features.billing.reports_screen import ReportsScreen, recent_years
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...held_gateway import HeldGateway, answer_next
from ...languages import switch
from ...texts import EN, te
from .sdl_answers import answered

CSV_LINK = "http://127.0.0.1:8080/files/billing/abc.csv"


def month(day: str, invoices: int = 0, taxable: int = 0, cgst: int = 0, igst: int = 0) -> dict[str, Any]:
    total = taxable + 2 * cgst + igst
    return {
        "month": day,
        "invoices": invoices,
        "taxablePaise": taxable,
        "cgstPaise": cgst,
        "sgstPaise": cgst,
        "igstPaise": igst,
        "totalPaise": total,
    }


def reports_json() -> dict[str, Any]:
    months = [month(f"{2026 + (m < 4)}-{m:02d}-01") for m in (*range(4, 13), 1, 2, 3)]
    months[4] = month("2026-08-01", 1, 1_85_000_00, igst=33_300_00)
    months[5] = month("2026-09-01", 1, 1_85_000_00, cgst=16_650_00)
    months[8] = month("2026-12-01", 0, -10_000_00, igst=-1_800_00)
    return {
        "billingSales": {
            "financialYear": "2026-27",
            "months": months,
            "total": month("2026-04-01", 2, 3_60_000_00, cgst=16_650_00, igst=31_500_00),
        },
        "billingReceivables": {
            "asOf": "2026-12-01",
            "outstandingPaise": 4_06_500_00,
            "days0To30Paise": 0,
            "days31To60Paise": 0,
            "days61To90Paise": 2_18_300_00,
            "over90DaysPaise": 1_88_200_00,
            "clientCount": 2,
            "clients": [
                {"clientName": "Lakshmi Narayana", "invoices": 1, "outstandingPaise": 2_18_300_00},
                {"clientName": "Uma Caterers", "invoices": 1, "outstandingPaise": 1_88_200_00},
            ],
        },
        "billingCollections": {
            "totalPaise": 18_300_00,
            "byMode": [{"mode": "UPI", "amountPaise": 18_300_00}],
        },
    }


async def shown_reports(ctx: AppContext, gateway: HeldGateway) -> ReportsScreen:
    screen = ReportsScreen(ctx)
    screen.year.value = "2026-27"
    answer = answered(operations.BILLING_REPORTS, reports_json(), {"year": "2026-27"})
    assert await answer_next(gateway, screen.load(), answer) == {"year": "2026-27"}
    return screen


def test_bars_are_scaled_to_the_largest_amount_by_size() -> None:
    assert bar_parts([50_000, 100_000, 0, -25_000, 1]) == [PARTS // 2, PARTS, 0, PARTS // 4, 1]
    assert bar_parts([0, 0]) == [0, 0]


def test_the_years_offered_are_this_financial_year_and_the_two_before() -> None:
    assert recent_years(date(2027, 3, 31)) == ["2026-27", "2025-26", "2024-25"]
    assert recent_years(date(2027, 4, 1))[0] == "2027-28"


async def test_the_years_reports_show_as_bars_in_both_languages(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = await shown_reports(held_ctx, held_gateway)

    texts = shown_texts(*screen.controls)
    assert {"Aug 2026", "₹2,18,300", "Dec 2026", "-₹11,800", "Invoices issued: 2"} <= set(texts)
    assert {"Taxable value", "₹3,60,000", "CGST", "₹16,650", "IGST", "₹31,500"} <= set(texts)
    assert {"61–90 days", "Over 90 days", "₹1,88,200", "Outstanding: ₹4,06,500", "UPI"} <= set(texts)
    assert "Uma Caterers · 1 invoices · ₹1,88,200" in texts
    switch(held_ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert "ఆగ 2026" in texts
    assert {"Taxable value", "Over 90 days", "Sales by month"}.isdisjoint(texts)
    assert {te("Taxable value"), te("Over 90 days"), te("Sales by month")} <= set(texts)


async def test_a_csv_link_appears_only_once_answered_and_a_refusal_is_shown(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = await shown_reports(held_ctx, held_gateway)
    screen.section.value = Gstr1Section.B2CS.value
    assert not screen.gst_link.visible

    link = {"url": CSV_LINK, "expiresAt": "2026-12-01T06:40:00+00:00", "errors": []}
    variables = {"year": "2026-27", "section": "B2CS", "month": None}
    answer = answered(operations.GST_RETURN_CSV, {"billingGstReturnCsv": link}, variables)
    assert await answer_next(held_gateway, screen._gst_csv(), answer) == variables
    assert (screen.gst_link.visible, screen.gst_link.url) == (True, CSV_LINK)

    refusal = {
        "url": None,
        "expiresAt": None,
        "errors": [{"code": "FORBIDDEN", "field": None, "message": "no"}],
    }
    variables = {"year": "2026-27", "report": "RECEIVABLES", "month": None}
    answer = answered(operations.REPORT_CSV, {"billingReportCsv": refusal}, variables)
    assert await answer_next(held_gateway, screen._receivables_csv(), answer) == variables
    assert not screen.receivables_link.visible
    assert EN.error("FORBIDDEN") in shown_texts(*screen.controls)
