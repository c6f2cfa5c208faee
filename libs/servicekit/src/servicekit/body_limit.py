"""A ceiling on every request body, counted as the bytes arrive (MAX_BODY_BYTES).

A declared Content-Length over the limit is refused before anything is read; a body without one (or
lying about it) is refused as soon as what has arrived passes the limit, so no request makes a service
hold more than the limit in memory.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from servicekit.refusals import RequestRefused
from servicekit.request_context import header


class BodyTooLarge(RequestRefused):
    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, "REQUEST_TOO_LARGE", f"The request body is over {max_bytes} bytes.")


class BodyLimit:
    """413 REQUEST_TOO_LARGE for a request body over `max_bytes`, or over the limit of the longest
    prefix in `larger` that the path starts with (uploads take photos; /graphql keeps the small one)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, larger: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.default_max_bytes = max_bytes
        self.larger = sorted((larger or {}).items(), key=lambda item: -len(item[0]))

    def _limit(self, path: str) -> int:
        return next(
            (limit for prefix, limit in self.larger if path.startswith(prefix)), self.default_max_bytes
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self._limit(scope.get("path", ""))
        if _declared_length(scope) > max_bytes:
            await BodyTooLarge(max_bytes).response()(scope, receive, send)
            return
        received = 0
        responded = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise BodyTooLarge(max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal responded
            responded = responded or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge as refusal:
            if responded:
                raise
            await refusal.response()(scope, receive, send)


def _declared_length(scope: Scope) -> int:
    declared = header(scope, b"content-length")
    return int(declared) if declared is not None and declared.isdigit() else 0
