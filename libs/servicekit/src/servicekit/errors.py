"""Domain errors: every expected failure carries a stable code that clients and tests rely on."""

from __future__ import annotations


class DomainError(Exception):
    """An expected failure of a use case; mapped to a typed error in the API, never to a 500."""

    code: str = "INVALID"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class NotAuthenticated(DomainError):
    code = "NOT_AUTHENTICATED"


class Forbidden(DomainError):
    code = "FORBIDDEN"


class NotFound(DomainError):
    code = "NOT_FOUND"
