"""Sharing a document with its client: a WhatsApp link with the amount and the PDF's link; an email
with the PDF attached, through a real SMTP server on loopback."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from billing_service.bootstrap import BillingServices
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.service_layer import issuing, sharing
from mail import MailDispatch, SmtpMailer, SmtpServer
from mail.testing import LocalSmtpServer

from .pdf_reading import pdf_text
from .scenarios import draft_invoice, family_client, registered_decorator


async def test_the_whatsapp_link_opens_the_clients_chat_with_the_amount_and_a_pdf_link(
    services: BillingServices,
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    invoice = await issuing.issue_document(
        deps, me, await draft_invoice(deps, me, await family_client(deps, me))
    )

    share = await sharing.whatsapp_share(deps, me, invoice.id, "te")

    link = urlsplit(share.url)
    assert (link.netloc, link.path) == ("wa.me", "/919848022338")
    (text,) = parse_qs(link.query)["text"]
    assert text == share.text
    assert "రూ. 2,18,300.00" in text
    assert "చెల్లించాల్సిన బాకీ: రూ. 2,18,300.00" in text
    assert "http://127.0.0.1:8080/files/billing/" in text


async def test_the_email_carries_the_pdf_to_the_address_given(services: BillingServices) -> None:
    me = await registered_decorator(services.deps)
    client = await family_client(services.deps, me)
    invoice = await issuing.issue_document(services.deps, me, await draft_invoice(services.deps, me, client))
    assert invoice.numbering is not None
    with LocalSmtpServer.running() as server:
        mailer = SmtpMailer(SmtpServer(server.host, server.port, "bills@eventxperts.in", security="none"))
        deps = replace(services.deps, mail=MailDispatch(mailer))
        sent_to = await sharing.email_document(deps, me, invoice.id, "en", "lakshmi@example.in")
        assert deps.mail is not None
        await deps.mail.drain()
        (received,) = server.wait_for("lakshmi@example.in")
    assert sent_to == "lakshmi@example.in"
    assert received.message["Subject"] == f"Tax Invoice {invoice.numbering.number} from Sri Sai Decorators"
    (attachment,) = list(received.message.iter_attachments())
    assert attachment.get_filename() == invoice.numbering.number.replace("/", "-") + ".pdf"
    assert invoice.numbering.number in pdf_text(attachment.get_content())


async def test_a_client_without_email_or_a_malformed_address_is_refused(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    invoice = await issuing.issue_document(
        deps, me, await draft_invoice(deps, me, await family_client(deps, me))
    )
    for to, code in (
        (None, BillingErrorCode.INVALID_EMAIL),
        ("not-an-address", BillingErrorCode.INVALID_EMAIL),
    ):
        with pytest.raises(BillingError) as refused:
            await sharing.email_document(deps, me, invoice.id, "en", to)
        assert (refused.value.code, refused.value.field) == (code, "to")
