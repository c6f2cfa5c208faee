"""An SMS to send, and what sends one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class OutgoingSms:
    """One message to one E.164 number. Under TRAI's DLT rules the text must match a registered
    template, so the gateway is given the template's id and its variables, and `text` is what the
    template reads with them filled in (the outbox folder keeps it for people to read).

    The number, text and variables are hidden from repr: a traceback must not print a code."""

    to: str = field(repr=False)
    text: str = field(repr=False)
    template_id: str
    variables: dict[str, str] = field(repr=False)
    purpose: str
    language: str = "en"


class SmsNotSent(Exception):
    """The message could not be handed over. The text says why in general terms, never what was in it."""


class SmsSender(Protocol):
    async def send(self, sms: OutgoingSms) -> None:
        """Hand the message to the gateway, or raise SmsNotSent."""
        ...
