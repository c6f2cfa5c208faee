"""What a subgraph logs of a failed GraphQL request is only what is known to be safe: a code, the
operation's name, the path, the request id. Never an error's message (it may quote the variables),
never a variable; a refusal is one line without a traceback, a bug keeps its traceback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import structlog
from structlog.typing import EventDict

from .subgraph_app import subgraph_client

PASSWORD = "Kalyanam-2026-secret"
SIGN_IN = "mutation SignIn($input: SignInInput!) { signIn(input: $input) }"


@pytest.fixture
def logs() -> Iterator[list[EventDict]]:
    with structlog.testing.capture_logs(processors=[structlog.contextvars.merge_contextvars]) as entries:
        yield entries


def graphql_lines(logs: list[EventDict]) -> list[EventDict]:
    return [entry for entry in logs if entry["event"].startswith("graphql_")]


async def test_variables_that_fail_validation_are_logged_without_their_values(
    logs: list[EventDict], caplog: pytest.LogCaptureFixture
) -> None:
    variables = {"input": {"email": "a@example.in", "password": PASSWORD, "otp": PASSWORD}}
    async with subgraph_client() as client:
        answer = await client.post("/graphql", json={"query": SIGN_IN, "variables": variables})
    assert PASSWORD in answer.text  # the client hears what it sent; the logs do not
    (line,) = graphql_lines(logs)
    assert line == {
        "event": "graphql_refused",
        "log_level": "info",
        "code": "GRAPHQL_VALIDATION_FAILED",
        "operation": "SignIn",
        "path": None,
    }
    assert PASSWORD not in str(logs)
    assert PASSWORD not in caplog.text


@pytest.mark.parametrize(
    ("field", "code"), [("adminsOnly", "FORBIDDEN"), ("notSignedIn", "NOT_AUTHENTICATED")]
)
async def test_a_refusal_is_one_line_with_its_code_and_no_traceback(
    logs: list[EventDict], caplog: pytest.LogCaptureFixture, field: str, code: str
) -> None:
    async with subgraph_client() as client:
        answer = await client.post("/graphql", json={"query": f"query Mine {{ {field} }}"})
    assert answer.json()["data"] is None
    (line,) = graphql_lines(logs)
    assert (line["event"], line["code"], line["operation"], line["path"]) == (
        "graphql_refused",
        code,
        "Mine",
        [field],
    )
    assert "exc_info" not in line
    assert not [record for record in caplog.records if record.name.startswith("strawberry")]


async def test_a_bug_keeps_its_traceback_but_not_the_variables(logs: list[EventDict]) -> None:
    query = "query Broken($s: String!) { broken(secret: $s) }"
    async with subgraph_client() as client:
        answer = await client.post("/graphql", json={"query": query, "variables": {"s": PASSWORD}})
    assert answer.json()["errors"][0]["message"] == "Something went wrong."
    (line,) = graphql_lines(logs)
    assert (line["event"], line["code"], line["error"], line["path"]) == (
        "graphql_failed",
        "INTERNAL",
        "RuntimeError",
        ["broken"],
    )
    assert isinstance(line["exc_info"], RuntimeError)
    assert PASSWORD not in str(logs)


async def test_an_operation_name_the_document_does_not_have_is_not_logged(logs: list[EventDict]) -> None:
    async with subgraph_client() as client:
        await client.post("/graphql", json={"query": "{ adminsOnly }", "operationName": PASSWORD})
    assert PASSWORD not in str(logs)
    assert all(line["operation"] is None for line in graphql_lines(logs))
