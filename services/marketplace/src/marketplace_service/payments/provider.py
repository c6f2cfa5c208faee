"""The payment provider as the marketplace sees it: make an order for an amount, refund a payment.
Shaped like Razorpay's orders API (decision 0031); `RazorpayShapedProvider` speaks it over HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import httpx


class ProviderUnavailable(Exception):
    """The provider did not answer, or answered with a failure."""


@dataclass(frozen=True)
class ProviderOrder:
    id: str
    amount_paise: int


class PaymentProvider(Protocol):
    key_id: str

    async def create_order(self, *, amount_paise: int, receipt: str) -> ProviderOrder: ...

    async def refund(self, *, payment_id: str, amount_paise: int) -> str: ...


class RazorpayShapedProvider:
    """`POST /v1/orders` and `POST /v1/payments/{id}/refund` with HTTP basic auth (key id, secret)."""

    def __init__(self, base_url: str, key_id: str, key_secret: str, *, timeout: float = 10.0) -> None:
        self.key_id = key_id
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), auth=(key_id, key_secret), timeout=timeout
        )

    async def _post(self, path: str, body: dict[str, object]) -> dict[str, object]:
        try:
            answer = await self._http.post(path, json=body)
        except httpx.HTTPError as error:
            raise ProviderUnavailable(type(error).__name__) from None
        if answer.status_code >= 400:
            raise ProviderUnavailable(f"HTTP {answer.status_code}")
        data = answer.json()
        if not isinstance(data, dict) or not isinstance(data.get("id"), str):
            raise ProviderUnavailable("no id in the answer")
        return data

    async def create_order(self, *, amount_paise: int, receipt: str) -> ProviderOrder:
        data = await self._post("/v1/orders", {"amount": amount_paise, "currency": "INR", "receipt": receipt})
        return ProviderOrder(str(data["id"]), amount_paise)

    async def refund(self, *, payment_id: str, amount_paise: int) -> str:
        data = await self._post(f"/v1/payments/{payment_id}/refund", {"amount": amount_paise})
        return str(data["id"])

    async def close(self) -> None:
        await self._http.aclose()
