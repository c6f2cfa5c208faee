"""Sending a document to its client: a WhatsApp link with the amount and the PDF's link (the organizer's
phone sends it), or an email with the PDF attached (libs/mail, sent after the answer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import gst
from mail import MailAttachment, OutgoingMail
from servicekit.auth import Caller
from servicekit.whatsapp import wa_me_link

from billing_service.domain import inputs
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.printing.labels import TITLES, Language
from billing_service.service_layer.authorization import Operation
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned
from billing_service.service_layer.pdf_files import checked_language, render_pdf, signed_pdf_link
from billing_service.service_layer.printing import printable_of

MESSAGES = {
    "en": "Namaste {client}! {title} {number} from {supplier}: Rs {total}.{due}\nDownload: {link}",
    "te": "నమస్తే {client} గారు! {supplier} నుండి {title} {number}: రూ. {total}.{due}\nడౌన్‌లోడ్: {link}",
}
DUE = {"en": " Balance due: Rs {balance}.", "te": " చెల్లించాల్సిన బాకీ: రూ. {balance}."}
SUBJECTS = {"en": "{title} {number} from {supplier}", "te": "{supplier} నుండి {title} {number}"}


@dataclass(frozen=True)
class WhatsAppShare:
    url: str
    text: str


@dataclass(frozen=True)
class Summary:
    client: str
    phone: str | None
    email: str | None
    title: str
    number: str
    supplier: str
    total_paise: int
    balance_paise: int | None


async def _summary(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, language: Language
) -> Summary:
    async with deps.unit_of_work() as uow:
        document = await owned(uow, caller, document_id, Operation.READ_DOCUMENTS)
        p = await printable_of(uow, document)
    phones = p.recipient.get("phones") or []
    return Summary(
        client=str(p.recipient.get("name") or ""),
        phone=phones[0] if phones else None,
        email=p.recipient.get("email"),
        title=TITLES[language].get(p.title) or TITLES[language][document.kind],
        number=document.numbering.number if document.numbering else "",
        supplier=str(p.supplier.get("name") or ""),
        total_paise=gst.document_totals(
            [line.as_gst_line() for line in document.lines], p.regime
        ).total_paise,
        balance_paise=p.balance_paise,
    )


def _text(s: Summary, link: str, language: Language) -> str:
    due = DUE[language].format(balance=gst.indian_amount(s.balance_paise)) if s.balance_paise else ""
    return MESSAGES[language].format(
        client=s.client,
        title=s.title,
        number=s.number,
        supplier=s.supplier,
        total=gst.indian_amount(s.total_paise),
        due=due,
        link=link,
    )


async def whatsapp_share(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, language: str
) -> WhatsAppShare:
    """A wa.me link to the client's first phone with the amount and a PDF link that works for weeks."""
    chosen = checked_language(language)
    summary = await _summary(deps, caller, document_id, chosen)
    if not summary.phone:
        raise BillingError(BillingErrorCode.INVALID_PHONE, "The client has no phone number.", "id")
    assert deps.files is not None
    link = signed_pdf_link(deps, document_id, chosen, deps.files.shared_link_seconds)
    text = _text(summary, link.url, chosen)
    return WhatsAppShare(wa_me_link(summary.phone, text), text)


async def email_document(
    deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID, language: str, to: str | None
) -> str:
    """Send the PDF to ``to`` (default: the client's email); answers the address it goes to."""
    chosen = checked_language(language)
    summary = await _summary(deps, caller, document_id, chosen)
    address = inputs.email(to, "to") or summary.email
    if not address:
        raise BillingError(BillingErrorCode.INVALID_EMAIL, "The client has no email address: give one.", "to")
    pdf = await render_pdf(deps, document_id, chosen)
    assert deps.files is not None
    assert deps.mail is not None
    link = signed_pdf_link(deps, document_id, chosen, deps.files.shared_link_seconds)
    fields = {"title": summary.title, "number": summary.number, "supplier": summary.supplier}
    deps.mail.submit(
        OutgoingMail(
            to=address,
            subject=SUBJECTS[chosen].format(**fields).strip(),
            text=_text(summary, link.url, chosen) + "\n",
            purpose="billing_document",
            language=chosen,
            attachments=(MailAttachment(pdf.filename, pdf.content),),
        )
    )
    return address
