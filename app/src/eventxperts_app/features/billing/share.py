"""A WhatsApp message for the client with the document and its amount, as a wa.me link (pure).

The client's first phone (E.164, as the billing service keeps it) is the chat opened; without one,
WhatsApp asks whom to send it to."""

from __future__ import annotations

from urllib.parse import quote

from eventxperts_app.features.billing.models import BillingClient, BillingDocument, DocumentKind
from eventxperts_app.features.billing.names import KINDS
from eventxperts_app.features.calendar.local_time import paise_text
from eventxperts_app.i18n import N_, Translator


def share_text(tr: Translator, document: BillingDocument, business: str | None) -> str:
    kind = tr(KINDS[document.kind])
    lines = [
        tr(N_("{kind} {number} from {business}")).format(
            kind=kind, number=document.number or "", business=business or "EventXperts"
        ),
        tr(N_("Total: {amount}")).format(amount=paise_text(document.amounts.total_paise)),
    ]
    if document.kind is DocumentKind.INVOICE and document.balance_paise is not None:
        lines.append(tr(N_("Balance due: {amount}")).format(amount=paise_text(document.balance_paise)))
    return "\n".join(lines)


def whatsapp_url(text: str, client: BillingClient | None) -> str:
    phone = client.phones[0].lstrip("+") if client and client.phones else ""
    return f"https://wa.me/{phone}?text={quote(text)}"
