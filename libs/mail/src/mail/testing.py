"""A real SMTP server on loopback for tests (aiosmtpd, a development dependency): what arrives is kept
for the test to read. Start it with `LocalSmtpServer.running()`; point SMTP_HOST/SMTP_PORT at it."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any, cast

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass(frozen=True)
class ReceivedMail:
    sender: str
    recipients: tuple[str, ...]
    message: EmailMessage

    @property
    def text(self) -> str:
        body = self.message.get_body(preferencelist=("plain",))
        return cast(str, body.get_content()) if body is not None else ""


class _Inbox:
    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.changed = threading.Condition()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook)
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.changed:
            self.received.append(ReceivedMail(envelope.mail_from, tuple(envelope.rcpt_tos), parsed))
            self.changed.notify_all()
        return "250 Message accepted for delivery"


class LocalSmtpServer:
    def __init__(self, host: str, port: int, inbox: _Inbox) -> None:
        self.host = host
        self.port = port
        self._inbox = inbox

    @classmethod
    @contextlib.contextmanager
    def running(cls, *, credentials: tuple[str, str] | None = None) -> Iterator[LocalSmtpServer]:
        """Serve on a free loopback port until the block ends; with `credentials`, AUTH is required."""
        inbox = _Inbox()
        port = _free_port()
        options: dict[str, Any] = {}
        if credentials is not None:
            options = {
                "authenticator": _Authenticator(*credentials),
                "auth_required": True,
                "auth_require_tls": False,
            }
        controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
        controller.start()
        try:
            yield cls("127.0.0.1", port, inbox)
        finally:
            controller.stop()

    @property
    def received(self) -> list[ReceivedMail]:
        with self._inbox.changed:
            return list(self._inbox.received)

    def wait_for(self, recipient: str, *, count: int = 1, timeout: float = 20.0) -> list[ReceivedMail]:
        """The messages to `recipient` once `count` have arrived; AssertionError if they do not in time."""
        deadline = time.monotonic() + timeout
        with self._inbox.changed:
            while True:
                found = [m for m in self._inbox.received if recipient.lower() in map(str.lower, m.recipients)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{count} message(s) to {recipient} did not come; got {len(found)}")
                self._inbox.changed.wait(left)


class _Authenticator:
    def __init__(self, username: str, password: str) -> None:
        self._expected = (username.encode(), password.encode())

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == self._expected
        return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
