"""What went over the network for one page, as Chromium's network layer reports it through CDP:
each HTTP response with its headers, the bytes it took on the wire (0 when the cache answered),
whether the cache answered, and why the browser refused a request (CSP, COEP/CORP, CORS)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Page


@dataclass
class Exchange:
    url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    from_cache: bool = False
    transferred: int = 0
    # Why the browser gave up on it: Chromium's error text, with the blocked or CORS reason if any.
    failure: str = ""

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


class Network:
    """Starts listening at once: open the page after creating it."""

    def __init__(self, page: Page) -> None:
        self._exchanges: dict[str, Exchange] = {}
        cdp = page.context.new_cdp_session(page)
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.requestServedFromCache", self._served_from_cache)
        cdp.on("Network.responseReceived", self._response)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.loadingFailed", self._failed)
        cdp.send("Network.enable")

    @property
    def exchanges(self) -> list[Exchange]:
        return [e for e in self._exchanges.values() if e.status]

    @property
    def failed(self) -> list[Exchange]:
        return [e for e in self._exchanges.values() if e.failure]

    @property
    def transferred(self) -> int:
        return sum(exchange.transferred for exchange in self.exchanges)

    def _request(self, event: dict[str, Any]) -> None:
        if event["request"]["url"].startswith(("http:", "https:")):
            self._exchanges[event["requestId"]] = Exchange(event["request"]["url"])

    def _served_from_cache(self, event: dict[str, Any]) -> None:
        if exchange := self._exchanges.get(event["requestId"]):
            exchange.from_cache = True

    def _response(self, event: dict[str, Any]) -> None:
        if exchange := self._exchanges.get(event["requestId"]):
            response = event["response"]
            exchange.status = response["status"]
            exchange.headers = {name.lower(): value for name, value in response["headers"].items()}
            exchange.from_cache |= bool(response.get("fromDiskCache"))

    def _finished(self, event: dict[str, Any]) -> None:
        if exchange := self._exchanges.get(event["requestId"]):
            exchange.transferred = int(event["encodedDataLength"])

    def _failed(self, event: dict[str, Any]) -> None:
        if exchange := self._exchanges.get(event["requestId"]):
            reasons = (event.get("errorText"), event.get("blockedReason"), event.get("corsErrorStatus"))
            exchange.failure = " ".join(str(reason) for reason in reasons if reason)
