"""Building and printing Federation v2 schemas the same way in every service."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext
from strawberry.types.scalar import ScalarDefinition

from servicekit.graphql.dates import DATE_SCALARS
from servicekit.graphql.error_log import is_bug, log_graphql_errors

FEDERATION_VERSION = "2.7"
# Distinct operation texts kept parsed and validated. Clients send the few operations the app and
# the gateway's query plans contain; a bound keeps made-up texts from growing memory.
DOCUMENT_CACHE_SIZE = 256

# The shape limits as validation rules, made once. The limiter extensions make a new rule class each
# time they are built (once per request), and the validation cache is keyed by the rule classes:
# with those, no request would ever find the validation of an earlier one.
SHAPE_RULES = (
    *QueryDepthLimiter(max_depth=12).validation_rules,
    *MaxAliasesLimiter(max_alias_count=30).validation_rules,
)


class _SubgraphSchema(strawberry.federation.Schema):
    """Strawberry's federation schema, logging errors as servicekit.graphql.error_log does instead of
    through the `strawberry.execution` logger, which writes each error's message (variables included)
    and a traceback even for a deliberate refusal."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        context = execution_context
        log_graphql_errors(
            errors,
            document=context.graphql_document if context else None,
            operation_name=context.operation_name if context else None,
        )


def federation_schema(
    *,
    query: type,
    mutation: type | None = None,
    types: Iterable[type] = (),
    scalars: Mapping[object, ScalarDefinition] | None = None,
) -> strawberry.federation.Schema:
    """A subgraph schema with the limits every service applies to what it parses, and with parsed
    and validated documents cached (bounded), so a repeated operation costs only its execution.
    `scalars` maps a service's own scalar types (a NewType, say) to their definitions; Date and
    DateTime are servicekit.graphql.dates' (years 1900-2200) unless a service maps them itself."""
    return _SubgraphSchema(
        query=query,
        mutation=mutation,
        types=list(types),
        config=StrawberryConfig(scalar_map={**DATE_SCALARS, **(scalars or {})}),
        federation_version=FEDERATION_VERSION,  # type: ignore[arg-type]
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=5000),
            lambda: AddValidationRules(list(SHAPE_RULES)),
            # A document is parsed and validated once, not on every request that sends it again.
            lambda: ParserCache(maxsize=DOCUMENT_CACHE_SIZE),
            lambda: ValidationCache(maxsize=DOCUMENT_CACHE_SIZE),
            lambda: MaskErrors(should_mask_error=is_bug, error_message="Something went wrong."),
        ],
    )


def print_sdl(schema: Any) -> str:
    """The SDL committed as `services/<name>/schema.graphql` (ends with one newline)."""
    return str(schema.as_str()).rstrip() + "\n"
