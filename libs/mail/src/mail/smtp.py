"""Sending through an SMTP server (aiosmtplib)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import aiosmtplib
import structlog
from pydantic import SecretStr

from mail.mailer import MailNotSent
from mail.message import OutgoingMail

log = structlog.get_logger()

Security = Literal["starttls", "tls", "none"]


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int
    from_address: str
    username: str | None = None
    password: SecretStr | None = None
    # "starttls": upgrade a plain connection (port 587); "tls": TLS from the start (port 465);
    # "none": plain text, only for a server on this machine (development, tests).
    security: Security = "starttls"
    timeout_seconds: float = 10.0

    def __repr__(self) -> str:
        return f"SmtpServer(host={self.host!r}, port={self.port}, security={self.security!r})"


class SmtpMailer:
    """One connection per message: reset codes are rare, and a kept connection would go stale."""

    def __init__(self, server: SmtpServer) -> None:
        self._server = server

    async def send(self, mail: OutgoingMail) -> None:
        server = self._server
        try:
            await aiosmtplib.send(
                mail.as_message(server.from_address),
                hostname=server.host,
                port=server.port,
                username=server.username,
                password=server.password.get_secret_value() if server.password else None,
                use_tls=server.security == "tls",
                start_tls=server.security == "starttls",
                timeout=server.timeout_seconds,
            )
        except (aiosmtplib.SMTPException, OSError) as error:
            # The exception's text may quote the server's reply, which may quote the recipient.
            raise MailNotSent(f"the SMTP server did not take the message ({type(error).__name__})") from None
        log.info("mail_sent", purpose=mail.purpose, transport="smtp")
