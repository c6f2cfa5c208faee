"""Subgraph schemas built by servicekit hide bugs' messages but keep deliberate refusals."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from servicekit.graphql import federation_schema


@strawberry.type
class Query:
    @strawberry.field
    def broken(self) -> str:
        raise RuntimeError("connection to 10.0.0.5:5432 refused")

    @strawberry.field
    def refused(self) -> str:
        raise GraphQLError("Sign in to see this.", extensions={"code": "NOT_AUTHENTICATED"})

    @strawberry.field
    def fine(self) -> str:
        return "ok"


schema = federation_schema(query=Query)


async def test_a_bug_does_not_leak_its_message() -> None:
    result = await schema.execute("{ broken }")
    assert result.errors is not None
    assert result.errors[0].message == "Something went wrong."
    assert "10.0.0.5" not in str(result.errors[0].formatted)


async def test_a_deliberate_refusal_keeps_its_message_and_code() -> None:
    result = await schema.execute("{ refused }")
    assert result.errors is not None
    assert result.errors[0].message == "Sign in to see this."
    assert result.errors[0].extensions == {"code": "NOT_AUTHENTICATED"}


async def test_a_query_with_too_many_aliases_is_refused() -> None:
    assert (await schema.execute("{ " + "a: fine " * 3 + "}")).errors is None
    result = await schema.execute("{ " + " ".join(f"a{i}: fine" for i in range(40)) + " }")
    assert result.errors is not None
    assert "aliases" in result.errors[0].message
