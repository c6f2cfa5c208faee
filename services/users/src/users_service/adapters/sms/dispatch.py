"""Sending after the answer, as libs/mail's MailDispatch does: whoever asked for a code must not learn
from the time the answer took whether a message went out, and a slow gateway must hold no request."""

from __future__ import annotations

import asyncio

import structlog

from users_service.adapters.sms.message import OutgoingSms, SmsNotSent, SmsSender

log = structlog.get_logger()


class SmsDispatch:
    def __init__(self, sender: SmsSender) -> None:
        self.sender = sender
        self._pending: set[asyncio.Task[None]] = set()

    def submit(self, sms: OutgoingSms) -> None:
        """Send `sms` in the background of the running event loop."""
        task = asyncio.get_running_loop().create_task(self._send(sms))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def drain(self) -> None:
        """Wait for every message handed over so far (the process is stopping; tests)."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def _send(self, sms: OutgoingSms) -> None:
        try:
            await self.sender.send(sms)
        except SmsNotSent as error:
            log.error("sms_not_sent", purpose=sms.purpose, reason=str(error))
        except Exception as error:  # a bug in a sender must not vanish with its task
            log.error("sms_not_sent", purpose=sms.purpose, reason=type(error).__name__)
