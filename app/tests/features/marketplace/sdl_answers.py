"""Canned answers shaped by the committed marketplace SDL: each is run through graphql-core against
services/marketplace/schema.graphql with the app's own document, so a payload with a field, type or
enum value the SDL does not have fails the test instead of passing a mapping test by accident."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from graphql import GraphQLSchema, build_schema, graphql_sync

from ..calendar.sdl_answers import FEDERATION_DIRECTIVES, REPO_ROOT, _field_resolver


@cache
def marketplace_schema() -> GraphQLSchema:
    sdl = (REPO_ROOT / "services/marketplace/schema.graphql").read_text()
    return build_schema(FEDERATION_DIRECTIVES + sdl)


def answered(
    document: str, data: Mapping[str, Any], variables: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """`data` as the gateway would answer `document` with it, checked against the SDL."""
    result = graphql_sync(
        marketplace_schema(),
        document,
        root_value=data,
        variable_values=dict(variables or {}),
        field_resolver=_field_resolver,
    )
    assert result.errors is None, [error.message for error in result.errors]
    assert result.data is not None
    return result.data
