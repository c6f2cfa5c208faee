"""Typed errors in the graph: mutations return them in their payload's `errors`; a refused query is
a GraphQL error whose `extensions.code` is the same stable code a mutation would return."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

import strawberry
from graphql import GraphQLError
from servicekit.errors import DomainError, each_error

from gallery_service.domain.errors import GalleryErrorCode

T = TypeVar("T")

strawberry.enum(GalleryErrorCode, name="GalleryErrorCode")


@strawberry.type(name="GalleryError")
class GalleryErrorType:
    code: GalleryErrorCode
    field: str | None
    message: str


def errors_of(error: DomainError) -> list[GalleryErrorType]:
    return [
        GalleryErrorType(code=GalleryErrorCode(e.code), field=e.field, message=e.message)
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
