"""What sends mail: any object with `async send(mail)`."""

from __future__ import annotations

from typing import Protocol

from mail.message import OutgoingMail


class MailNotSent(Exception):
    """The message could not be handed over. The text says why in general terms, never what was in it."""


class Mailer(Protocol):
    async def send(self, mail: OutgoingMail) -> None:
        """Hand the message over for delivery, or raise MailNotSent."""
        ...
