"""An Indian SMS gateway's HTTP API, shaped like MSG91's "flow" endpoint (Twilio-like gateways differ
only in names): one POST per message, the account's key in a header, the TRAI DLT principal entity
id, the registered template's id and the six-letter sender id in the body, the template's variables
per recipient. Not verified against a real account (none can be reached from here); the local
stand-in (`testing.LocalSmsGateway`) speaks the same shape."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import structlog
from pydantic import SecretStr

from users_service.adapters.sms.message import OutgoingSms, SmsNotSent

log = structlog.get_logger()

FLOW_PATH = "/api/v5/flow/"


@dataclass(frozen=True)
class SmsGatewayAccount:
    base_url: str
    auth_key: SecretStr
    sender_id: str
    dlt_entity_id: str
    timeout_seconds: float = 10.0


class HttpSmsGateway:
    def __init__(self, account: SmsGatewayAccount, *, client: httpx.AsyncClient | None = None) -> None:
        self._account = account
        self._url = account.base_url.rstrip("/") + FLOW_PATH
        self._client = client

    async def send(self, sms: OutgoingSms) -> None:
        account = self._account
        body: dict[str, object] = {
            "template_id": sms.template_id,
            "sender": account.sender_id,
            "pe_id": account.dlt_entity_id,
            "DLT_TE_ID": sms.template_id,
            "short_url": "0",
            # The gateway wants the number without "+" (91XXXXXXXXXX).
            "recipients": [{"mobiles": sms.to.removeprefix("+"), **sms.variables}],
        }
        headers = {"authkey": account.auth_key.get_secret_value(), "accept": "application/json"}
        try:
            answer = await self._post(body, headers)
        except httpx.HTTPError as error:
            raise SmsNotSent(f"the SMS gateway could not be reached ({type(error).__name__})") from None
        if answer.status_code >= 300 or _json_type(answer) != "success":
            # The gateway's reply may quote the number: only the status is kept.
            raise SmsNotSent(f"the SMS gateway refused the message (HTTP {answer.status_code})")
        log.info("sms_sent", purpose=sms.purpose, transport="gateway")

    async def _post(self, body: dict[str, object], headers: dict[str, str]) -> httpx.Response:
        if self._client is not None:
            return await self._client.post(self._url, json=body, headers=headers)
        async with httpx.AsyncClient(timeout=self._account.timeout_seconds) as client:
            return await client.post(self._url, json=body, headers=headers)


def _json_type(answer: httpx.Response) -> str | None:
    try:
        decoded = answer.json()
    except ValueError:
        return None
    return decoded.get("type") if isinstance(decoded, dict) else None
