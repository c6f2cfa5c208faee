"""Totals as the organizer reads them: the taxable value, the tax heads of the regime (CGST and SGST,
or IGST, or none), the total and the amount in words, in the language on screen (pure)."""

from __future__ import annotations

import flet as ft
import gst

from eventxperts_app.features.billing.live_totals import LiveTotals
from eventxperts_app.features.billing.models import Amounts, BillingDocument, TaxRegime
from eventxperts_app.features.billing.names import REGIMES
from eventxperts_app.i18n import N_, Language, Translator
from eventxperts_app.ui.local_time import paise_text

_REGIMES = {
    gst.TaxRegime.INTRA_STATE: TaxRegime.INTRA_STATE,
    gst.TaxRegime.INTER_STATE: TaxRegime.INTER_STATE,
    gst.TaxRegime.NONE: TaxRegime.NONE,
}


def _row(label: str, paise: int, *, bold: bool = False) -> ft.Control:
    weight = ft.FontWeight.BOLD if bold else None
    return ft.Row(
        [ft.Text(label, weight=weight, expand=True), ft.Text(paise_text(paise), weight=weight)],
        spacing=8,
    )


def amount_lines(tr: Translator, amounts: Amounts, regime: TaxRegime, words: str) -> list[ft.Control]:
    lines: list[ft.Control] = [
        ft.Text(tr(REGIMES[regime]), italic=True),
        _row(tr(N_("Taxable value")), amounts.taxable_paise),
    ]
    if regime is TaxRegime.INTRA_STATE:
        lines += [_row(tr(N_("CGST")), amounts.cgst_paise), _row(tr(N_("SGST")), amounts.sgst_paise)]
    elif regime is TaxRegime.INTER_STATE:
        lines.append(_row(tr(N_("IGST")), amounts.igst_paise))
    lines += [_row(tr(N_("Total")), amounts.total_paise, bold=True), ft.Text(words, italic=True)]
    return lines


def live_lines(tr: Translator, live: LiveTotals) -> list[ft.Control]:
    """The editor's totals, computed in the app with libs/gst."""
    t = live.totals
    amounts = Amounts(t.taxable_paise, t.cgst_paise, t.sgst_paise, t.igst_paise, t.total_paise)
    words = gst.rupees_in_words(t.total_paise, "te" if tr.language is Language.TE else "en")
    lines = amount_lines(tr, amounts, _REGIMES[t.regime], words)
    if live.unread_lines:
        lines.append(
            ft.Text(
                tr(N_("{count} line(s) not counted yet: fill in quantity and rate")).format(
                    count=live.unread_lines
                ),
                color=ft.Colors.ERROR,
            )
        )
    return lines


def document_lines(tr: Translator, document: BillingDocument) -> list[ft.Control]:
    """A saved document's totals as the billing service answered them."""
    words = document.amount_in_words_te if tr.language is Language.TE else document.amount_in_words
    return amount_lines(tr, document.amounts, document.regime or TaxRegime.INTRA_STATE, words)
