"""Subgraph schemas built by servicekit hide bugs' messages but keep deliberate refusals."""

from __future__ import annotations

from typing import Any

import pytest
import strawberry
import strawberry.schema.schema as strawberry_schema_module
from graphql import DocumentNode, GraphQLError, print_ast, validate
from servicekit.graphql import federation_schema
from servicekit.graphql.schema import DOCUMENT_CACHE_SIZE


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


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents GraphQL validation runs on, in order (strawberry validates through this name)."""
    seen: list[str] = []

    def counting_validate(schema: Any, document: DocumentNode, rules: Any) -> list[GraphQLError]:
        seen.append(print_ast(document))
        return validate(schema, document, rules)

    monkeypatch.setattr(strawberry_schema_module, "validate", counting_validate)
    return seen


async def test_a_repeated_document_is_validated_once(validations: list[str]) -> None:
    query = "{ fine repeated: fine }"
    for _ in range(3):
        assert (await schema.execute(query)).data == {"fine": "ok", "repeated": "ok"}
    assert len(validations) == 1


async def test_a_refused_document_stays_refused_when_it_comes_again(validations: list[str]) -> None:
    query = "{ " + " ".join(f"again{i}: fine" for i in range(40)) + " }"
    for _ in range(2):
        result = await schema.execute(query)
        assert result.errors is not None
        assert "aliases" in result.errors[0].message
    assert len(validations) == 1


async def test_the_cache_forgets_the_least_recent_documents_beyond_its_bound(
    validations: list[str],
) -> None:
    first = "{ first: fine }"
    await schema.execute(first)
    others = [f"{{ other{i}: fine }}" for i in range(DOCUMENT_CACHE_SIZE)]
    for query in others:
        await schema.execute(query)
    await schema.execute(others[-1])  # still cached
    assert len(validations) == DOCUMENT_CACHE_SIZE + 1
    await schema.execute(first)  # pushed out by the others
    assert len(validations) == DOCUMENT_CACHE_SIZE + 2
