"""The billing reports in words and bars (pure): sales by month, the year's GST summary by tax head,
what clients owe by age and the money collected by mode, in the language on screen."""

from __future__ import annotations

import flet as ft
from babel.dates import format_date

from eventxperts_app.features.billing.bar_chart import bar_chart
from eventxperts_app.features.billing.document_summary import labelled
from eventxperts_app.features.billing.names import MODES
from eventxperts_app.features.billing.report_models import Collections, Receivables, Sales
from eventxperts_app.i18n import N_, Msgid, Translator
from eventxperts_app.ui.local_time import paise_text

INVOICES = N_("{count} invoices")
AGEING: tuple[Msgid, ...] = (N_("0–30 days"), N_("31–60 days"), N_("61–90 days"), N_("Over 90 days"))


def _bold(text: str) -> ft.Text:
    return ft.Text(text, weight=ft.FontWeight.BOLD)


def sales_view(tr: Translator, sales: Sales) -> list[ft.Control]:
    """Each month's invoiced total (notes netted) as a bar, April to March."""
    rows = [
        (format_date(m.month, "MMM y", locale=tr.language.value), m.amounts.total_paise) for m in sales.months
    ]
    count = tr(N_("Invoices issued: {count}")).format(count=sales.total.invoices)
    return [ft.Text(count), bar_chart(rows)]


def gst_summary_view(tr: Translator, sales: Sales) -> list[ft.Control]:
    """The year's taxable value and each tax head, as the returns add them up."""
    amounts = sales.total.amounts
    heads = [
        (tr(N_("Taxable value")), amounts.taxable_paise),
        ("CGST", amounts.cgst_paise),
        ("SGST", amounts.sgst_paise),
        ("IGST", amounts.igst_paise),
    ]
    total = labelled(tr, N_("Total with tax"), paise_text(amounts.total_paise))
    return [bar_chart(heads), _bold(total)]


def receivables_view(tr: Translator, receivables: Receivables) -> list[ft.Control]:
    """What is owed by age, then the clients owing most."""
    owed = labelled(tr, N_("Outstanding"), paise_text(receivables.outstanding_paise))
    on = tr(N_("On {day}")).format(day=receivables.as_of.isoformat())
    ageing = bar_chart(
        [(tr(label), paise) for label, paise in zip(AGEING, receivables.ageing_paise, strict=True)]
    )
    clients: list[ft.Control] = [
        ft.Text(
            " · ".join(
                (c.client_name, tr(INVOICES).format(count=c.invoices), paise_text(c.outstanding_paise))
            )
        )
        for c in receivables.clients
    ]
    if not clients:
        clients = [ft.Text(tr(N_("Nobody owes you anything.")))]
    return [_bold(owed), ft.Text(on), ageing, *clients]


def collections_view(tr: Translator, collections: Collections) -> list[ft.Control]:
    """The money received in the year by mode (advances count when received)."""
    total = labelled(tr, N_("Collected"), paise_text(collections.total_paise))
    rows = [
        (tr(MODES.get(mode, N_("Adjust an advance receipt"))), paise) for mode, paise in collections.by_mode
    ]
    return [_bold(total), bar_chart(rows) if rows else ft.Text(tr(N_("Nothing collected yet.")))]
