"""The ASGI layer around every request: its id, its metric, its log line, and the typed 500. Requests
are named by their route's template, never by their raw path (a path may hold a feed's secret).

Plain ASGI rather than Starlette's BaseHTTPMiddleware, which runs the app in a task of its own with
memory streams between the two: per request that is a task group, two streams and a copied context
for nothing we need. Here the app runs in the request's own task, so what it binds to the logging
context (the caller's user id) is also on the request's log line.
"""

from __future__ import annotations

import time

import structlog
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from servicekit.metrics import HttpMetrics
from servicekit.request_context import bind_request_id, header

log = structlog.get_logger()
REQUEST_ID_HEADER = b"x-request-id"


def internal_error() -> JSONResponse:
    """The answer to a request that failed in a way nobody handled: a code, never the cause."""
    return JSONResponse(
        {"error": {"code": "INTERNAL", "message": "Something went wrong on our side."}}, status_code=500
    )


class RequestScope:
    """Binds the request id (the caller's `x-request-id`, or a fresh one) and returns it on the
    response; turns an unhandled exception into the typed 500; counts, times and logs the request."""

    def __init__(self, app: ASGIApp, *, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        structlog.contextvars.unbind_contextvars("user_id")
        request_id = bind_request_id(header(scope, REQUEST_ID_HEADER))
        id_header = (REQUEST_ID_HEADER, request_id.encode("latin-1"))
        started = time.perf_counter()
        status = 500
        responded = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                responded = True
                status = message["status"]
                headers = [h for h in message.get("headers", ()) if h[0].lower() != REQUEST_ID_HEADER]
                message["headers"] = [*headers, id_header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("unhandled_error", path=route_of(scope))
            if responded:
                raise  # too late for another answer; the server closes the connection
            await internal_error()(scope, receive, send_with_id)
        finally:
            self._observe(scope, status, time.perf_counter() - started)

    def _observe(self, scope: Scope, status: int, elapsed: float) -> None:
        route = route_of(scope)
        self.metrics.observe(route, status, elapsed)
        log.info("request", method=scope["method"], path=route, status=status, ms=round(elapsed * 1000, 1))


def route_of(scope: Scope) -> str:
    """What logs and metrics call a request: its route's template (`/ics/feeds/{token}.ics`), never
    the raw path, which may carry a secret (a feed's token); `unmatched` when no route took it."""
    return getattr(scope.get("route"), "path", None) or "unmatched"
