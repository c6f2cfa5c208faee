"""Building and printing Federation v2 schemas the same way in every service."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
import structlog
from graphql import GraphQLError
from strawberry.extensions import MaskErrors, MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

from servicekit.errors import DomainError

FEDERATION_VERSION = "2.7"
log = structlog.get_logger()


def is_unexpected(error: GraphQLError) -> bool:
    """A bug, not a refusal: its message (maybe an address or SQL) must not reach the client."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError | DomainError):
        return False
    log.error("resolver_failed", error=type(original).__name__, path=error.path, exc_info=original)
    return True


def federation_schema(
    *, query: type, mutation: type | None = None, types: Iterable[type] = ()
) -> strawberry.federation.Schema:
    """A subgraph schema with the limits every service applies to what it parses."""
    return strawberry.federation.Schema(
        query=query,
        mutation=mutation,
        types=list(types),
        federation_version=FEDERATION_VERSION,  # type: ignore[arg-type]
        extensions=[
            lambda: QueryDepthLimiter(max_depth=12),
            lambda: MaxTokensLimiter(max_token_count=5000),
            lambda: MaxAliasesLimiter(max_alias_count=30),
            lambda: MaskErrors(should_mask_error=is_unexpected, error_message="Something went wrong."),
        ],
    )


def print_sdl(schema: Any) -> str:
    """The SDL committed as `services/<name>/schema.graphql` (ends with one newline)."""
    return str(schema.as_str()).rstrip() + "\n"
