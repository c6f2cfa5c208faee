"""Queries have no payload to carry errors: a refused query is a GraphQL error whose
`extensions.code` is the same stable code a mutation would return."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from graphql import GraphQLError
from servicekit.errors import DomainError

T = TypeVar("T")


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
