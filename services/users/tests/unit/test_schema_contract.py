"""The subgraph's SDL: committed file == code, and code == the API contract the app is written to."""

from __future__ import annotations

from pathlib import Path

from graphql import parse, print_ast
from graphql.language import (
    DocumentNode,
    EnumTypeDefinitionNode,
    InputObjectTypeDefinitionNode,
    ObjectTypeDefinitionNode,
)
from servicekit.service import printed_sdl
from users_service.service import SERVICE

CONTRACT = Path(__file__).resolve().parents[4] / "docs" / "api" / "users.graphql"
FEDERATION_ONLY = {"_Any", "_Entity", "_Service", "_entities", "_service"}
Shape = dict[str, dict[str, str]]


def shapes(document: DocumentNode) -> dict[str, Shape]:
    """Each type's members as printed text: fields with their arguments and types, enum values."""
    found: dict[str, Shape] = {}
    for node in document.definitions:
        if isinstance(node, ObjectTypeDefinitionNode | InputObjectTypeDefinitionNode):
            members: dict[str, str] = {}
            for field in node.fields or ():
                if field.name.value in FEDERATION_ONLY:
                    continue
                arguments = getattr(field, "arguments", None) or ()
                printed_args = ", ".join(_argument(a) for a in arguments)
                default = getattr(field, "default_value", None)
                members[field.name.value] = f"({printed_args}) {print_ast(field.type)}" + (
                    f" = {print_ast(default)}" if default else ""
                )
            found[node.name.value] = {"kind": {"kind": type(node).__name__}, "members": members}
        elif isinstance(node, EnumTypeDefinitionNode):
            values = {value.name.value: "" for value in node.values or ()}
            found[node.name.value] = {"kind": {"kind": "enum"}, "members": values}
    return {name: shape for name, shape in found.items() if name not in FEDERATION_ONLY}


def _argument(node: object) -> str:
    default = getattr(node, "default_value", None)
    text = f"{node.name.value}: {print_ast(node.type)}"  # type: ignore[attr-defined]
    return text + (f" = {print_ast(default)}" if default else "")


def test_the_schema_has_exactly_the_types_fields_and_arguments_of_the_contract() -> None:
    ours = shapes(parse(printed_sdl(SERVICE)))
    contract = shapes(parse(CONTRACT.read_text(encoding="utf-8")))
    assert ours == contract


def test_user_is_a_federation_entity_keyed_by_id() -> None:
    assert 'type User @key(fields: "id")' in printed_sdl(SERVICE)
