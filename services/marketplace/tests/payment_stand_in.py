"""A local stand-in for the payment provider (Razorpay's orders API shape): the real one cannot be
reached from our machines. Served by uvicorn on loopback for a test; `captured_notice` makes the
signed webhook the provider would send when the buyer pays."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import uvicorn
from marketplace_service.payments.signatures import signature
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@dataclass
class StandInProvider:
    key_id: str
    key_secret: str
    webhook_secret: str
    orders: dict[str, int] = field(default_factory=dict)
    refunds: list[tuple[str, int]] = field(default_factory=list)

    def authorised(self, request: Request) -> bool:
        expected = base64.b64encode(f"{self.key_id}:{self.key_secret}".encode()).decode()
        return request.headers.get("authorization") == f"Basic {expected}"

    def captured_notice(self, order_id: str, *, amount: int | None = None) -> tuple[bytes, dict[str, str]]:
        payment_id = f"pay_{uuid.uuid4().hex[:14]}"
        entity = {
            "id": payment_id,
            "order_id": order_id,
            "amount": amount or self.orders[order_id],
            "status": "captured",
        }
        body = json.dumps({"event": "payment.captured", "payload": {"payment": {"entity": entity}}}).encode()
        headers = {
            "x-razorpay-signature": signature(self.webhook_secret, body),
            "x-razorpay-event-id": f"evt_{uuid.uuid4().hex[:14]}",
            "content-type": "application/json",
        }
        return body, headers


def provider_app(provider: StandInProvider) -> Starlette:
    async def create_order(request: Request) -> JSONResponse:
        if not provider.authorised(request):
            return JSONResponse({"error": {"code": "BAD_REQUEST_ERROR"}}, status_code=401)
        body = await request.json()
        order_id = f"order_{uuid.uuid4().hex[:14]}"
        provider.orders[order_id] = int(body["amount"])
        return JSONResponse(
            {
                "id": order_id,
                "entity": "order",
                "amount": body["amount"],
                "currency": "INR",
                "receipt": body.get("receipt"),
                "status": "created",
            }
        )

    async def refund(request: Request) -> JSONResponse:
        if not provider.authorised(request):
            return JSONResponse({"error": {"code": "BAD_REQUEST_ERROR"}}, status_code=401)
        body = await request.json()
        provider.refunds.append((request.path_params["payment_id"], int(body["amount"])))
        return JSONResponse({"id": f"rfnd_{uuid.uuid4().hex[:14]}", "entity": "refund"})

    return Starlette(
        routes=[
            Route("/v1/orders", create_order, methods=["POST"]),
            Route("/v1/payments/{payment_id}/refund", refund, methods=["POST"]),
        ]
    )


@contextmanager
def serve_provider(provider: StandInProvider) -> Iterator[str]:
    """Run the stand-in on 127.0.0.1 (a port the OS picks); yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(provider_app(provider), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()
