"""A billing document in words for its detail and its card (pure): kind, number, status, date,
client, balance, and each line as it will print."""

from __future__ import annotations

import flet as ft
import gst

from eventxperts_app.features.billing.models import BillingDocument, ChallanPurpose, DocumentKind
from eventxperts_app.features.billing.names import KINDS, PURPOSES, STATUSES
from eventxperts_app.features.billing.state_choice import STATES
from eventxperts_app.i18n import N_, Language, Msgid, Translator
from eventxperts_app.ui.local_time import paise_text


def labelled(tr: Translator, label: Msgid, value: str) -> str:
    """'GSTIN: 36AABCU9603R1ZM', the label in the language on screen."""
    return f"{tr(label)}: {value}"


def document_name(tr: Translator, document: BillingDocument) -> str:
    """ "Invoice INV/2026-27/0001", or "Quotation (draft)" before a number is given."""
    kind = tr(KINDS[document.kind])
    if document.number:
        return f"{kind} {document.number}"
    return f"{kind} · " + tr(N_("no number yet"))


def balance_text(tr: Translator, document: BillingDocument) -> str | None:
    if document.kind is not DocumentKind.INVOICE or document.balance_paise is None:
        return None
    if document.balance_paise == 0:
        return tr(N_("Paid in full"))
    return tr(N_("Balance due: {amount}")).format(amount=paise_text(document.balance_paise))


def _state_name(tr: Translator, code: str | None) -> str:
    state = next((s for s in STATES if s.code == code), None)
    if state is None:
        return "—"
    return (state.name_te or state.name) if tr.language is Language.TE else state.name


def header_lines(tr: Translator, document: BillingDocument, client_name: str) -> list[ft.Control]:
    lines: list[ft.Control] = [
        ft.Text(document_name(tr, document), theme_style=ft.TextThemeStyle.HEADLINE_SMALL),
        ft.Text(
            f"{tr(STATUSES[document.status])} · {document.document_date.isoformat()}",
            weight=ft.FontWeight.BOLD,
        ),
        ft.Text(labelled(tr, N_("Client"), client_name)),
    ]
    if document.title:
        lines.append(ft.Text(document.title))
    if document.place_of_supply:
        lines.append(ft.Text(labelled(tr, N_("Place of supply"), _state_name(tr, document.place_of_supply))))
    if (balance := balance_text(tr, document)) is not None:
        lines.append(ft.Text(balance, weight=ft.FontWeight.BOLD, color=ft.Colors.PRIMARY))
    if document.booking_changed:
        lines.append(ft.Text(tr(N_("The booking changed after this was issued")), color=ft.Colors.ERROR))
    lines.extend(_challan_lines(tr, document))
    if document.is_draft and document.kind is not DocumentKind.DELIVERY_CHALLAN:
        lines.append(ft.Text(tr(N_("The tax split is fixed when the invoice is issued")), italic=True))
    return lines


def _challan_lines(tr: Translator, document: BillingDocument) -> list[ft.Control]:
    """A challan's purpose, that it carries no tax, and the values to confirm before issuing."""
    if document.kind is not DocumentKind.DELIVERY_CHALLAN:
        return []
    lines: list[ft.Control] = [
        ft.Text(tr(N_("Goods are not sold: the challan carries their value, no GST")), italic=True)
    ]
    if not document.is_draft:  # a draft's purpose is chosen beside its Issue button
        purpose = tr(PURPOSES[document.purpose or ChallanPurpose.OTHER])
        lines.insert(0, ft.Text(labelled(tr, N_("Purpose"), purpose)))
    if document.values_to_confirm:
        pending = ", ".join(document.values_to_confirm)
        lines.append(
            ft.Text(
                tr(N_("Give the value of {items} and save before issuing")).format(items=pending),
                color=ft.Colors.ERROR,
            )
        )
    return lines


def line_texts(tr: Translator, document: BillingDocument) -> list[ft.Control]:
    texts: list[ft.Control] = []
    for line in document.lines:
        code = f" · {line.tax_code}" if line.tax_code else ""
        discount = f" − {paise_text(line.discount_paise)}" if line.discount_paise else ""
        rate = gst.parse_rate(line.tax_rate)
        texts.append(ft.Text(line.description + code, weight=ft.FontWeight.BOLD))
        texts.append(
            ft.Text(
                f"{line.quantity} {line.unit} × {paise_text(line.rate_paise)}{discount} · "
                + tr(N_("GST {rate}%")).format(rate=rate)
            )
        )
    return texts
