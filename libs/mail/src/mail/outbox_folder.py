"""Development's mailer: each message becomes an .eml file in a folder (no server to run)."""

from __future__ import annotations

import asyncio
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import structlog

from mail.mailer import MailNotSent
from mail.message import OutgoingMail

log = structlog.get_logger()


class OutboxFolderMailer:
    """Writes `<UTC time>-<id>.eml` into `directory`, readable by its owner only (the body holds codes).

    Any mail program opens the files; `latest_message` reads the newest back.
    """

    def __init__(self, directory: Path, from_address: str) -> None:
        self.directory = directory
        self._from = from_address

    async def send(self, mail: OutgoingMail) -> None:
        payload = mail.as_message(self._from).as_bytes()
        try:
            await asyncio.to_thread(self._write, payload)
        except OSError as error:
            raise MailNotSent(f"the outbox folder is not writable ({type(error).__name__})") from None
        log.info("mail_sent", purpose=mail.purpose, transport="outbox_folder")

    def _write(self, payload: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}.eml"
        partial = self.directory / f".{name}.partial"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(payload)
        partial.rename(self.directory / name)  # whole or absent: a reader never sees half a message

    def messages(self) -> list[Path]:
        """The messages written so far, oldest first."""
        if not self.directory.is_dir():
            return []
        return sorted(self.directory.glob("*.eml"))
