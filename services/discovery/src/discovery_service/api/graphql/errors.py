"""Typed errors in the graph: mutations return them in their payload's `errors`; a refused query is
a GraphQL error whose `extensions.code` is the same stable code a mutation would return."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from graphql import GraphQLError
from servicekit.errors import DomainError, each_error

from discovery_service.domain.errors import DirectoryErrorCode

T = TypeVar("T")
P = TypeVar("P")

strawberry.enum(DirectoryErrorCode, name="DirectoryErrorCode")


@strawberry.type(name="DirectoryError")
class DirectoryErrorType:
    code: DirectoryErrorCode
    field: str | None
    message: str


def errors_of(error: DomainError) -> list[DirectoryErrorType]:
    return [
        DirectoryErrorType(code=DirectoryErrorCode(e.code), field=e.field, message=e.message)
        for e in each_error(error)
    ]


async def as_graphql_error(result: Awaitable[T]) -> T:
    try:
        return await result
    except DomainError as error:
        extensions: dict[str, object] = {"code": error.code}
        if error.field:
            extensions["field"] = error.field
        raise GraphQLError(error.message, extensions=extensions) from None


async def payload_of(make: Callable[[], Awaitable[P]], failed: Callable[[list[DirectoryErrorType]], P]) -> P:
    """The mutation's payload, or its errors in the payload (never a GraphQL error)."""
    try:
        return await make()
    except DomainError as error:
        return failed(errors_of(error))
