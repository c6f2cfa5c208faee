"""Every GraphQL document the app sends is valid against the users API contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventxperts_app.api import operations
from graphql import GraphQLSchema, build_schema, parse, validate

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "api" / "users.graphql"
# The contract is a federation subgraph; only @key needs declaring to read it as plain GraphQL.
FEDERATION_DIRECTIVES = "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n"

DOCUMENTS = {
    name: value
    for name, value in vars(operations).items()
    if name.isupper() and isinstance(value, str) and value.lstrip().startswith(("query", "mutation"))
}


@pytest.fixture(scope="module")
def contract() -> GraphQLSchema:
    return build_schema(FEDERATION_DIRECTIVES + CONTRACT.read_text())


def test_every_operation_the_client_uses_is_checked() -> None:
    assert set(DOCUMENTS) >= {
        "REGISTER",
        "LOGIN",
        "REFRESH_TOKEN",
        "LOGOUT",
        "ME",
        "STATES",
        "UPDATE_PROFILE",
        "USERS",
        "GRANT_ROLE",
    }


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_operation_is_valid_against_the_contract(contract: GraphQLSchema, name: str) -> None:
    errors = validate(contract, parse(DOCUMENTS[name]))
    assert [error.message for error in errors] == []
