"""Sending after the answer: a request hands a message over and returns at once.

Who is told a message went out must not learn from the time the answer took whether one did
(a password reset for an unknown address sends nothing), and a slow mail server must not hold a
request. A failure is logged with the message's purpose and the error's kind, nothing more.
"""

from __future__ import annotations

import asyncio

import structlog

from mail.mailer import Mailer, MailNotSent
from mail.message import OutgoingMail

log = structlog.get_logger()


class MailDispatch:
    def __init__(self, mailer: Mailer) -> None:
        self.mailer = mailer
        self._pending: set[asyncio.Task[None]] = set()

    def submit(self, mail: OutgoingMail) -> None:
        """Send `mail` in the background of the running event loop."""
        task = asyncio.get_running_loop().create_task(self._send(mail))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def drain(self) -> None:
        """Wait for every message handed over so far (the process is stopping; tests)."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def _send(self, mail: OutgoingMail) -> None:
        try:
            await self.mailer.send(mail)
        except MailNotSent as error:
            log.error("mail_not_sent", purpose=mail.purpose, reason=str(error))
        except Exception as error:  # a bug in a mailer must not vanish with its task
            log.error("mail_not_sent", purpose=mail.purpose, reason=type(error).__name__)
