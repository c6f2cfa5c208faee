"""How a subgraph logs the errors of a GraphQL request: only what is known to be safe.

A GraphQL error's message may quote what the client sent: "Variable '$input' has invalid value ...
found: {'password': ...}". So no message of a refusal is ever logged, nor any variable: a refusal (a
DomainError, a deliberate GraphQLError, a document or variables that fail validation) is one line with
its code, the operation's name and the field's path; a bug keeps its traceback for whoever fixes it,
and still no variables.
"""

from __future__ import annotations

from collections.abc import Iterable

import structlog
from graphql import DocumentNode, GraphQLError, OperationDefinitionNode

from servicekit.errors import DomainError

log = structlog.get_logger()
INVALID_REQUEST = "GRAPHQL_VALIDATION_FAILED"  # the document or its variables, as Apollo names it


def is_bug(error: GraphQLError) -> bool:
    """An error nobody raised on purpose: its message (maybe an address or SQL) is for the logs only."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError | DomainError)


def refusal_code(error: GraphQLError) -> str:
    """The stable code of a deliberate refusal (a DomainError's, or the GraphQL error's own)."""
    original = error.original_error
    if isinstance(original, DomainError):
        return original.code
    code = (error.extensions or {}).get("code")
    return code if isinstance(code, str) else INVALID_REQUEST


def log_graphql_errors(
    errors: Iterable[GraphQLError], *, document: DocumentNode | None, operation_name: str | None
) -> None:
    """One line per error: code, operation and path; a bug's line also carries its traceback."""
    operation = operation_name if operation_name in _operation_names(document) else None
    for error in errors:
        where = {"operation": operation, "path": list(error.path) if error.path else None}
        if is_bug(error):
            bug = error.original_error
            log.error("graphql_failed", code="INTERNAL", error=type(bug).__name__, **where, exc_info=bug)
        else:
            log.info("graphql_refused", code=refusal_code(error), **where)


def _operation_names(document: DocumentNode | None) -> set[str]:
    """The names the document gives its operations: a client's operationName is logged only if it is
    one of them, never as free text."""
    if document is None:
        return set()
    return {
        definition.name.value
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode) and definition.name is not None
    }
