"""Requests refused before any work is done, answered in the services' error shape with a stable code.

`{"error": {"code": ..., "message": ...}}`, the shape of the typed 500 (request_scope.internal_error)
and of the edge's own refusals, so a client reads every refusal the same way.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse


class RequestRefused(Exception):
    """A request this service will not serve; raised anywhere below the app, answered with `status`."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def response(self) -> JSONResponse:
        """The answer, as an ASGI app: the code and message, never what the request carried."""
        headers = {"connection": "close"} if self.status == 413 else None
        return JSONResponse(
            {"error": {"code": self.code, "message": self.message}}, status_code=self.status, headers=headers
        )


async def refusal_handler(_: Request, error: Exception) -> JSONResponse:
    """The app's exception handler for RequestRefused raised inside a route."""
    if not isinstance(error, RequestRefused):
        raise error
    return error.response()
