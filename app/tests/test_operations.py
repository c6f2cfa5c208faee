"""Every GraphQL document the app sends is valid against its subgraph's committed SDL (what the gateway
composes) and, where there is one, the API contract in docs/api, so neither can drift from the app.

Documents are found in every `operations` module of the app (the shared one in `api/` and each
feature's), and each module names the subgraph it talks to (`SUBGRAPH`): a new feature's documents are
checked without touching this test."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import eventxperts_app
import pytest
from eventxperts_app.api import operations
from graphql import GraphQLSchema, build_schema, parse, validate

REPO_ROOT = Path(__file__).resolve().parents[2]
# Both are federation subgraphs; declaring their directives lets them be read as plain GraphQL.
FEDERATION_DIRECTIVES = (
    "directive @key(fields: String!) repeatable on OBJECT | INTERFACE\n"
    "directive @link(url: String!, import: [String]) repeatable on SCHEMA\n"
)


@dataclass(frozen=True)
class Document:
    module: str
    name: str
    subgraph: str
    text: str


def operations_modules() -> list[ModuleType]:
    found = pkgutil.walk_packages(eventxperts_app.__path__, "eventxperts_app.")
    return [importlib.import_module(m.name) for m in found if m.name.rsplit(".", 1)[-1] == "operations"]


def documents() -> list[Document]:
    return [
        Document(module.__name__, name, module.SUBGRAPH, value)
        for module in operations_modules()
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and value.lstrip().startswith(("query", "mutation"))
    ]


def schemas_of(subgraph: str) -> list[Path]:
    committed = REPO_ROOT / "services" / subgraph / "schema.graphql"
    contract = REPO_ROOT / "docs" / "api" / f"{subgraph}.graphql"
    return [committed, *([contract] if contract.exists() else [])]


@cache
def schema_at(path: Path) -> GraphQLSchema:
    return build_schema(FEDERATION_DIRECTIVES + path.read_text())


DOCUMENTS = documents()


def test_every_operation_the_features_send_is_checked() -> None:
    names = {document.name for document in DOCUMENTS}
    assert names >= {
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


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: f"{d.module}.{d.name}")
def test_operation_is_valid_against_its_subgraph(document: Document) -> None:
    schemas = schemas_of(document.subgraph)
    assert schemas[0].exists(), f"{document.module}: no committed SDL for subgraph {document.subgraph!r}"
    for path in schemas:
        errors = validate(schema_at(path), parse(document.text))
        assert [error.message for error in errors] == [], path.relative_to(REPO_ROOT)


def test_every_account_the_app_reads_says_whether_it_was_erased() -> None:
    assert "erasedAt" in operations.USER_FIELDS
