"""Domain errors: every expected failure carries a stable code that clients and tests rely on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


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


class ServiceBusy(DomainError):
    """No capacity for this request right now (no database connection in time, a full queue of
    password hashing): the same request may succeed a moment later. Never a 500."""

    code = "TOO_BUSY"

    def __init__(
        self, message: str = "The service is busy. Try again in a moment.", *, retry_after: int = 1
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds


class InvalidInput(DomainError):
    """Several fields are wrong at once: each error is shown next to its own field."""

    code = "INVALID_INPUT"

    def __init__(self, errors: Sequence[DomainError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)


class InputChecks:
    """Runs every validation of one input and reports all failures together, not just the first."""

    def __init__(self) -> None:
        self.failures: list[DomainError] = []

    def check(self, validate: Callable[[], T]) -> T | None:
        try:
            return validate()
        except InvalidInput as error:
            self.failures.extend(error.errors)
        except DomainError as error:
            self.failures.append(error)
        return None

    def raise_failures(self) -> None:
        if len(self.failures) == 1:
            raise self.failures[0]
        if self.failures:
            raise InvalidInput(self.failures)


def each_error(error: DomainError) -> list[DomainError]:
    """The individual errors inside `error` (itself, unless it gathers several)."""
    return error.errors if isinstance(error, InvalidInput) else [error]
