"""Asking for a password-reset code and reading it from the local SMTP server."""

from __future__ import annotations

import re

from mail.testing import LocalSmtpServer, ReceivedMail
from users_service.bootstrap import UsersServices
from users_service.service_layer.commands import RequestPasswordReset
from users_service.service_layer.password_reset import request_password_reset

CODE_IN_MAIL = re.compile(r"^\s+(\d{8})\s*$", re.MULTILINE)


async def ask_for_code(services: UsersServices, email: str, client_address: str = "203.0.113.7") -> None:
    await request_password_reset(RequestPasswordReset(email, client_address), services.deps)
    assert services.deps.mail is not None
    await services.deps.mail.drain()  # the message leaves after the answer


def code_of(mail: ReceivedMail) -> str:
    found = CODE_IN_MAIL.search(mail.text)
    assert found is not None, "no code in the message"
    return found.group(1)


async def emailed_code(
    services: UsersServices, smtp: LocalSmtpServer, email: str, client_address: str = "203.0.113.7"
) -> str:
    """Ask for a code for `email` and return the one that arrives (the newest to that address)."""
    before = len([m for m in smtp.received if email in m.recipients])
    await ask_for_code(services, email, client_address)
    return code_of(smtp.wait_for(email, count=before + 1)[-1])
