"""Password reset through the subgraph: one answer for known and unknown emails, typed errors."""

from __future__ import annotations

import httpx

from ..integration.scenarios import PASSWORD
from .graphql_client import REGISTER, graphql_data

RESET_REQUEST = (
    "mutation($email: String!) { requestPasswordReset(email: $email) { ok errors { code field } } }"
)
RESET = (
    "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) {"
    " user { email } tokens { accessToken } errors { code field message } } }"
)


async def test_asking_for_a_code_answers_the_same_for_a_known_and_an_unknown_email(
    client: httpx.AsyncClient,
) -> None:
    person = {"name": "Ravi", "email": "ravi@example.in", "phone": "9876543210", "password": PASSWORD}
    await graphql_data(client, REGISTER, {"input": {**person, "role": "USER"}})
    known = await graphql_data(client, RESET_REQUEST, {"email": "ravi@example.in"})
    unknown = await graphql_data(client, RESET_REQUEST, {"email": "nobody@example.in"})
    assert known == {"requestPasswordReset": {"ok": True, "errors": []}}
    assert unknown == {"requestPasswordReset": {"ok": True, "errors": []}}


async def test_a_malformed_email_is_invalid_email_on_its_field(client: httpx.AsyncClient) -> None:
    answered = await graphql_data(client, RESET_REQUEST, {"email": "not an email"})
    assert answered["requestPasswordReset"]["errors"] == [{"code": "INVALID_EMAIL", "field": "email"}]


async def test_a_wrong_code_is_a_typed_error_on_the_code(client: httpx.AsyncClient) -> None:
    reset_input = {"email": "ravi@example.in", "code": "00000000", "newPassword": "tamarind7rice"}
    answered = (await graphql_data(client, RESET, {"input": reset_input}))["resetPassword"]
    assert answered["tokens"] is None
    assert [(e["code"], e["field"]) for e in answered["errors"]] == [("RESET_CODE_INVALID", "code")]
