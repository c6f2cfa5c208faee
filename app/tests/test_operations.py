"""Every GraphQL document the app sends is valid against the users API contract and against the
users subgraph's committed SDL (what the gateway composes), so neither can drift from the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventxperts_app.api import operations
from graphql import GraphQLSchema, build_schema, parse, validate

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = {
    "contract": REPO_ROOT / "docs" / "api" / "users.graphql",
    "subgraph": REPO_ROOT / "services" / "users" / "schema.graphql",
}
# Both are federation subgraphs; declaring their directives lets them be read as plain GraphQL.
FEDERATION_DIRECTIVES = (
    "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n"
    "directive @link(url: String!, import: [String]) repeatable on SCHEMA\n"
)

DOCUMENTS = {
    name: value
    for name, value in vars(operations).items()
    if name.isupper() and isinstance(value, str) and value.lstrip().startswith(("query", "mutation"))
}


@pytest.fixture(scope="module", params=sorted(SCHEMAS))
def schema(request: pytest.FixtureRequest) -> GraphQLSchema:
    return build_schema(FEDERATION_DIRECTIVES + SCHEMAS[request.param].read_text())


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
        "REVOKE_ROLE",
        "DEACTIVATE_USER",
        "REACTIVATE_USER",
        "ERASE_MY_ACCOUNT",
        "ERASE_USER",
    }


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_operation_is_valid_against_the_schema(schema: GraphQLSchema, name: str) -> None:
    errors = validate(schema, parse(DOCUMENTS[name]))
    assert [error.message for error in errors] == []


def test_every_account_the_app_reads_says_whether_it_was_erased() -> None:
    assert "erasedAt" in operations.USER_FIELDS
