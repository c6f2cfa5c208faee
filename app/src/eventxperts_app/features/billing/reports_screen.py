"""The billing reports of a financial year on one screen, phone first: sales by month, the GST
summary, receivables by age and collections by mode, each a card with bars; then the CSV downloads
(a GSTR-1 section for the offline tool, receivables, collections) as links prepared on a tap."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime

import flet as ft
import gst

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.models import LinkResult
from eventxperts_app.features.billing.paths import BILLING
from eventxperts_app.features.billing.report_models import Gstr1Section, LedgerReport, Reports
from eventxperts_app.features.billing.report_views import (
    collections_view,
    gst_summary_view,
    receivables_view,
    sales_view,
)
from eventxperts_app.features.billing.send_panel import link_button
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import (
    HALF,
    actions_row,
    button,
    card,
    choice,
    dropdown,
    fields_row,
    heading,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import INDIA

# The current financial year and the two before it: what an organizer files and an accountant asks.
YEARS_SHOWN = 3
YEAR_NAME = N_("FY {year}")
# The portal's table codes stay as they are (the offline tool and an accountant use them), each with
# what it holds in the language on screen.
GSTR1_SECTION_NAMES: dict[Gstr1Section, Msgid] = {
    Gstr1Section.B2B: N_("B2B · sales to registered businesses"),
    Gstr1Section.B2CL: N_("B2CL · large sales to consumers of other states"),
    Gstr1Section.B2CS: N_("B2CS · other sales to consumers"),
    Gstr1Section.CDNR: N_("CDNR · credit and debit notes to registered businesses"),
    Gstr1Section.CDNUR: N_("CDNUR · credit and debit notes to unregistered buyers"),
    Gstr1Section.AT: N_("AT · advances received"),
    Gstr1Section.ATADJ: N_("ATADJ · advances adjusted"),
    Gstr1Section.HSN_B2B: N_("HSN summary · registered buyers"),
    Gstr1Section.HSN_B2C: N_("HSN summary · consumers"),
    Gstr1Section.DOCS: N_("DOCS · documents issued"),
}


def today_in_india() -> date:
    return datetime.now(INDIA).date()


def recent_years(today: date) -> list[str]:
    current = gst.financial_year_of(today).start_year
    return [gst.FinancialYear(current - i).label for i in range(YEARS_SHOWN)]


class ReportsScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.reports: Reports | None = None
        years = recent_years(today_in_india())
        self.year = dropdown(labels, N_("Financial year"), col=HALF, value=years[0])
        labels.on_relabel(
            lambda: setattr(
                self.year,
                "options",
                [ft.DropdownOption(key=y, text=labels.tr(YEAR_NAME).format(year=y)) for y in years],
            )
        )
        self.year.on_select = self.load
        self.section = choice(
            labels, N_("GSTR-1 section"), GSTR1_SECTION_NAMES, col=HALF, value=Gstr1Section.B2B.value
        )
        self.errors = FormErrors(labels, {})
        self.sales, self.summary = ft.Column(spacing=8), ft.Column(spacing=8)
        self.receivables, self.collections = ft.Column(spacing=8), ft.Column(spacing=8)
        self.gst_link = link_button(labels, ft.Icons.DOWNLOAD, N_("Download the GSTR-1 CSV"))
        self.receivables_link = link_button(labels, ft.Icons.DOWNLOAD, N_("Download the receivables CSV"))
        self.collections_link = link_button(labels, ft.Icons.DOWNLOAD, N_("Download the collections CSV"))
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Billing reports")),
                    fields_row(self.year),
                    actions_row(button(labels, N_("Back to billing"), self._back)),
                    self.errors.banner,
                    self._card(N_("Sales by month"), self.sales),
                    self._card(N_("GST summary"), self.summary),
                    self._card(N_("Receivables"), self.receivables),
                    self._card(N_("Collections"), self.collections),
                    card([heading(labels, N_("Downloads for your accountant")), *self._downloads()]),
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    def _card(self, title: Msgid, body: ft.Column) -> ft.Card:
        return card([heading(self.labels, title), body])

    def _downloads(self) -> list[ft.Control]:
        labels = self.labels
        gst_csv = button(labels, N_("Prepare the GSTR-1 CSV"), self._gst_csv)
        receivables_csv = button(labels, N_("Prepare the receivables CSV"), self._receivables_csv)
        collections_csv = button(labels, N_("Prepare the collections CSV"), self._collections_csv)
        return [
            fields_row(self.section),
            actions_row(gst_csv, self.gst_link),
            actions_row(receivables_csv, self.receivables_link),
            actions_row(collections_csv, self.collections_link),
        ]

    @property
    def financial_year(self) -> str:
        return self.year.value or recent_years(today_in_india())[0]

    async def load(self) -> None:
        year = self.financial_year

        async def fetch() -> None:
            self.errors.clear()
            self.show(await self._ctx.auth.call(lambda t: gateway.reports(self._ctx.client, year, t)))

        await run_action(self._ctx, self.errors, fetch)

    def show(self, reports: Reports) -> None:
        self.reports = reports
        for link in (self.gst_link, self.receivables_link, self.collections_link):
            link.url, link.visible = None, False
        self._render()

    def _render(self) -> None:
        tr, reports = self.labels.tr, self.reports
        if reports is None:
            return
        self.sales.controls = sales_view(tr, reports.sales)
        self.summary.controls = gst_summary_view(tr, reports.sales)
        self.receivables.controls = receivables_view(tr, reports.receivables)
        self.collections.controls = collections_view(tr, reports.collections)

    async def _back(self) -> None:
        await self._ctx.go(BILLING)

    async def _prepare(self, link: ft.TextButton, ask: Callable[[str], Awaitable[LinkResult]]) -> None:
        async def send() -> None:
            answer = await self._ctx.auth.call(ask)
            self.errors.show(answer.errors)
            if answer.url is not None and not answer.errors:
                link.url, link.visible = answer.url, True

        await run_action(self._ctx, self.errors, send)

    async def _gst_csv(self) -> None:
        year, section = self.financial_year, Gstr1Section(self.section.value or Gstr1Section.B2B.value)
        await self._prepare(
            self.gst_link, lambda t: gateway.gst_return_csv(self._ctx.client, year, section, t)
        )

    async def _ledger_csv(self, link: ft.TextButton, report: LedgerReport) -> None:
        year = self.financial_year
        await self._prepare(link, lambda t: gateway.report_csv(self._ctx.client, year, report, t))

    async def _receivables_csv(self) -> None:
        await self._ledger_csv(self.receivables_link, LedgerReport.RECEIVABLES)

    async def _collections_csv(self) -> None:
        await self._ledger_csv(self.collections_link, LedgerReport.COLLECTIONS)
