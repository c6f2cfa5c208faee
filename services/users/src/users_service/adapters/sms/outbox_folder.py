"""Development's SMS sender: each message becomes a JSON file in a folder (no gateway account needed)."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import structlog

from users_service.adapters.sms.message import OutgoingSms, SmsNotSent

log = structlog.get_logger()


class OutboxFolderSms:
    """Writes `<UTC time>-<id>.json` (to, text, template, variables, purpose) into `directory`,
    readable by its owner only (the text holds a code), whole or not at all."""

    def __init__(self, directory: Path, sender_id: str) -> None:
        self.directory = directory
        self._sender_id = sender_id

    async def send(self, sms: OutgoingSms) -> None:
        record = {
            "to": sms.to,
            "sender": self._sender_id,
            "template_id": sms.template_id,
            "variables": sms.variables,
            "text": sms.text,
            "purpose": sms.purpose,
            "language": sms.language,
        }
        payload = json.dumps(record, ensure_ascii=False, indent=2).encode()
        try:
            await asyncio.to_thread(self._write, payload)
        except OSError as error:
            raise SmsNotSent(f"the outbox folder is not writable ({type(error).__name__})") from None
        log.info("sms_sent", purpose=sms.purpose, transport="outbox_folder")

    def _write(self, payload: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}.json"
        partial = self.directory / f".{name}.partial"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(payload)
        partial.rename(self.directory / name)

    def messages(self) -> list[dict[str, object]]:
        """The messages written so far, oldest first."""
        if not self.directory.is_dir():
            return []
        return [json.loads(path.read_text()) for path in sorted(self.directory.glob("*.json"))]
