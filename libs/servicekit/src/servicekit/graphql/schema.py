"""Building and printing Federation v2 schemas the same way in every service."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter

FEDERATION_VERSION = "2.7"


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
        ],
    )


def print_sdl(schema: Any) -> str:
    """The SDL committed as `services/<name>/schema.graphql` (ends with one newline)."""
    return str(schema.as_str()).rstrip() + "\n"
