"""Typed errors in the graph: mutations return them in their payload's `errors`; a refused query is
a GraphQL error whose `extensions.code` is the same stable code a mutation would return."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

import strawberry
from graphql import GraphQLError
from servicekit.errors import DomainError, each_error

from calendar_service.domain.errors import CalendarErrorCode

T = TypeVar("T")

# Registered on the domain enum itself, so payloads are annotated with CalendarErrorCode.
strawberry.enum(CalendarErrorCode, name="CalendarErrorCode")


@strawberry.type(name="CalendarError")
class CalendarErrorType:
    code: CalendarErrorCode
    field: str | None
    message: str


def errors_of(error: DomainError) -> list[CalendarErrorType]:
    return [
        CalendarErrorType(code=_code(e.code), field=e.field, message=e.message) for e in each_error(error)
    ]


def _code(code: str) -> CalendarErrorCode:
    # servicekit's own codes (NOT_AUTHENTICATED, FORBIDDEN, TOO_BUSY...) are in the enum too.
    return CalendarErrorCode(code)


def graphql_error(error: DomainError) -> GraphQLError:
    extensions: dict[str, object] = {"code": error.code}
    if error.field:
        extensions["field"] = error.field
    return GraphQLError(error.message, extensions=extensions)


async def as_graphql_error(result: Awaitable[T]) -> T:
    try:
        return await result
    except DomainError as error:
        raise graphql_error(error) from None
