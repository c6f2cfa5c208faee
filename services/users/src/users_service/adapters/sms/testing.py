"""A local stand-in of the SMS gateway (`gateway.py`'s shape) for tests and development: uvicorn on
127.0.0.1, a free port, in a thread; what arrives is kept for the reader (`wait_for(number)`).

`python -m users_service.adapters.sms.testing` serves one in the foreground and prints each message."""

from __future__ import annotations

import contextlib
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from users_service.adapters.sms.gateway import FLOW_PATH


@dataclass(frozen=True)
class ReceivedSms:
    to: str  # E.164
    template_id: str
    sender: str
    entity_id: str
    variables: dict[str, str]


@dataclass
class _Inbox:
    auth_key: str
    received: list[ReceivedSms] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    # Set by a test to make the gateway refuse every message, as an outage or a spent balance would.
    failing: bool = False


def _app(inbox: _Inbox) -> Starlette:
    async def flow(request: Request) -> JSONResponse:
        if not secrets.compare_digest(request.headers.get("authkey", ""), inbox.auth_key):
            return JSONResponse({"type": "error", "message": "Authentication failure"}, status_code=401)
        body: Any = await request.json()
        if inbox.failing:
            return JSONResponse({"type": "error", "message": "Insufficient balance"}, status_code=200)
        missing = [key for key in ("template_id", "sender", "pe_id", "recipients") if not body.get(key)]
        if missing:
            return JSONResponse({"type": "error", "message": f"missing {missing}"}, status_code=400)
        with inbox.changed:
            for recipient in body["recipients"]:
                variables = {k: str(v) for k, v in recipient.items() if k != "mobiles"}
                to = "+" + recipient["mobiles"]
                inbox.received.append(
                    ReceivedSms(to, body["template_id"], body["sender"], body["pe_id"], variables)
                )
            inbox.changed.notify_all()
        return JSONResponse({"type": "success", "message": secrets.token_hex(12)})

    return Starlette(routes=[Route(FLOW_PATH, flow, methods=["POST"])])


class LocalSmsGateway:
    def __init__(self, url: str, inbox: _Inbox) -> None:
        self.url = url
        self._inbox = inbox

    @property
    def auth_key(self) -> str:
        return self._inbox.auth_key

    @classmethod
    @contextlib.contextmanager
    def running(cls) -> Iterator[LocalSmsGateway]:
        """Serve on a free loopback port until the block ends."""
        inbox = _Inbox(auth_key=secrets.token_urlsafe(16))
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(_app(inbox), log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        try:
            yield cls(f"http://127.0.0.1:{port}", inbox)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()

    def set_failing(self, failing: bool) -> None:
        self._inbox.failing = failing

    @property
    def received(self) -> list[ReceivedSms]:
        with self._inbox.changed:
            return list(self._inbox.received)

    def wait_for(self, number: str, *, count: int = 1, timeout: float = 20.0) -> list[ReceivedSms]:
        """The messages to `number` once `count` have arrived; AssertionError if they do not in time."""
        deadline = time.monotonic() + timeout
        with self._inbox.changed:
            while True:
                found = [sms for sms in self._inbox.received if sms.to == number]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{count} SMS to the number did not come; got {len(found)}")
                self._inbox.changed.wait(left)


def _serve_forever() -> None:
    with LocalSmsGateway.running() as gateway:
        settings = f"SMS_GATEWAY_URL={gateway.url} SMS_AUTH_KEY={gateway.auth_key} SMS_DLT_ENTITY_ID=1"
        print(settings, flush=True)
        seen = 0
        while True:
            time.sleep(0.5)
            for sms in gateway.received[seen:]:
                print(f"to {sms.to}: template {sms.template_id} {sms.variables}", flush=True)
            seen = len(gateway.received)


if __name__ == "__main__":
    _serve_forever()
