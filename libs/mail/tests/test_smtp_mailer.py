"""The SMTP mailer against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import pytest
from mail import MailAttachment, MailDispatch, MailNotSent, OutgoingMail, SmtpMailer, SmtpServer
from mail.testing import LocalSmtpServer
from pydantic import SecretStr
from structlog.testing import capture_logs

CODE = "40719386"
# A loopback test server asks for AUTH without TLS; aiosmtpd warns about that, rightly, elsewhere.
plain_auth = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def reset_mail(to: str = "sita@example.in") -> OutgoingMail:
    return OutgoingMail(
        to=to,
        subject="మీ పాస్‌వర్డ్ మార్చుకోండి",
        text=f"మీ కోడ్: {CODE}\n",
        purpose="password_reset",
        language="te",
    )


async def test_a_message_arrives_whole_with_its_telugu_text() -> None:
    with LocalSmtpServer.running() as server:
        sender = "EventXperts <no-reply@x.in>"
        mailer = SmtpMailer(SmtpServer(server.host, server.port, sender, security="none"))
        await mailer.send(reset_mail())
        (received,) = server.wait_for("sita@example.in")
    assert received.sender == "no-reply@x.in"
    assert received.message["Subject"] == "మీ పాస్‌వర్డ్ మార్చుకోండి"
    assert received.message["Content-Language"] == "te"
    assert received.text.splitlines() == [f"మీ కోడ్: {CODE}"]


async def test_an_attachment_arrives_with_its_name_type_and_bytes() -> None:
    pdf = b"%PDF-1.7 not really\n" * 50
    with LocalSmtpServer.running() as server:
        mailer = SmtpMailer(SmtpServer(server.host, server.port, "no-reply@x.in", security="none"))
        attachment = MailAttachment("INV-2627-7.pdf", pdf)
        await mailer.send(
            OutgoingMail("sita@example.in", "Invoice", "Attached.\n", "invoice", attachments=(attachment,))
        )
        (received,) = server.wait_for("sita@example.in")
    (part,) = list(received.message.iter_attachments())
    assert (part.get_filename(), part.get_content_type()) == ("INV-2627-7.pdf", "application/pdf")
    assert part.get_content() == pdf
    assert received.text.splitlines() == ["Attached."]


@plain_auth
async def test_the_username_and_password_are_presented_to_a_server_that_asks() -> None:
    with LocalSmtpServer.running(credentials=("mailer", "s3cret-pass")) as server:
        good = SmtpServer(
            server.host, server.port, "no-reply@x.in", "mailer", SecretStr("s3cret-pass"), security="none"
        )
        await SmtpMailer(good).send(reset_mail())
        assert len(server.wait_for("sita@example.in")) == 1


@plain_auth
async def test_a_refused_login_is_mail_not_sent_and_the_error_quotes_no_secret() -> None:
    with LocalSmtpServer.running(credentials=("mailer", "s3cret-pass")) as server:
        wrong = SmtpServer(
            server.host, server.port, "no-reply@x.in", "mailer", SecretStr("wrong-pass"), security="none"
        )
        with pytest.raises(MailNotSent) as refused:
            await SmtpMailer(wrong).send(reset_mail())
        assert server.received == []
    assert "wrong-pass" not in str(refused.value)
    assert "sita" not in str(refused.value)
    assert "wrong-pass" not in repr(wrong)


async def test_a_server_that_is_not_there_is_mail_not_sent() -> None:
    with LocalSmtpServer.running() as server:
        port = server.port
    mailer = SmtpMailer(SmtpServer("127.0.0.1", port, "no-reply@x.in", security="none", timeout_seconds=5))
    with pytest.raises(MailNotSent):
        await mailer.send(reset_mail())


async def test_dispatched_mail_is_sent_after_submit_returns_and_logs_only_its_purpose() -> None:
    with LocalSmtpServer.running() as server:
        dispatch = MailDispatch(SmtpMailer(SmtpServer(server.host, server.port, "n@x.in", security="none")))
        with capture_logs() as logs:
            dispatch.submit(reset_mail("ravi@example.in"))
            await dispatch.drain()
        assert len(server.wait_for("ravi@example.in")) == 1
    assert logs == [
        {"event": "mail_sent", "purpose": "password_reset", "transport": "smtp", "log_level": "info"}
    ]


async def test_a_dispatched_message_that_fails_is_logged_without_its_address_or_body() -> None:
    with LocalSmtpServer.running() as server:
        port = server.port
    dispatch = MailDispatch(SmtpMailer(SmtpServer("127.0.0.1", port, "n@x.in", security="none")))
    with capture_logs() as logs:
        dispatch.submit(reset_mail("ravi@example.in"))
        await dispatch.drain()
    (entry,) = logs
    assert entry["event"] == "mail_not_sent"
    assert entry["purpose"] == "password_reset"
    assert CODE not in repr(logs)
    assert "ravi" not in repr(logs)
