"""Canned answers shaped by the committed discovery SDL: each is run through graphql-core against
services/discovery/schema.graphql with the app's own document, so a payload with a field, type or enum
value the SDL does not have fails the test instead of passing a mapping test by accident."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from graphql import GraphQLSchema, build_schema, graphql_sync

REPO_ROOT = Path(__file__).resolve().parents[4]
FEDERATION_DIRECTIVES = (
    "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n"
    "directive @link(url: String!, import: [String]) repeatable on SCHEMA\n"
)


@cache
def discovery_schema() -> GraphQLSchema:
    sdl = (REPO_ROOT / "services/discovery/schema.graphql").read_text()
    return build_schema(FEDERATION_DIRECTIVES + sdl)


def _field_resolver(source: Any, info: Any, **arguments: Any) -> Any:
    """Reads the canned value by the field's name, whatever its arguments (reviews(first: 10))."""
    return source.get(info.field_name) if isinstance(source, Mapping) else None


def answered(
    document: str, data: Mapping[str, Any], variables: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """`data` as the gateway would answer `document` with it, checked against the SDL."""
    result = graphql_sync(
        discovery_schema(),
        document,
        root_value=data,
        variable_values=dict(variables or {}),
        field_resolver=_field_resolver,
    )
    assert result.errors is None, [error.message for error in result.errors]
    assert result.data is not None
    return result.data
