"""One request runs at most one expensive operation (sign-in, sign-up, password change, erasure with
password), whatever its aliases (issue 8 item 6: six aliased wrong sign-ins in one request locked the
victim out, twenty aliased sign-ups cost 14 s of hashing)."""

from __future__ import annotations

import httpx
import pytest

from ..integration.scenarios import PASSWORD
from .graphql_client import LOGIN, graphql_data

REFUSED = "ONE_EXPENSIVE_OPERATION_PER_REQUEST"
PERSON = {"name": "Ravi", "phone": "9876543210", "password": PASSWORD, "role": "USER"}
NEW_PASSWORD = "tamarind7rice"
SECOND = {  # each expensive mutation, as the second of a request (its selection added below)
    "register": 'register(input: {name: "Sita", email: "sita@example.in", phone: "9876543211", '
    f'password: "{PASSWORD}"}})',
    "login": f'login(input: {{email: "ravi@example.in", password: "{PASSWORD}"}})',
    "changePassword": "changePassword(input: "
    f'{{currentPassword: "{PASSWORD}", newPassword: "{NEW_PASSWORD}"}})',
    "eraseMyAccount": f'eraseMyAccount(password: "{PASSWORD}")',
    "requestPasswordReset": 'requestPasswordReset(email: "ravi@example.in")',
    "resetPassword": 'resetPassword(input: {email: "ravi@example.in", code: "12345678", '
    f'newPassword: "{NEW_PASSWORD}"}})',
}


def codes(data: dict[str, dict[str, list[dict[str, str]]]]) -> list[str | None]:
    return [payload["errors"][0]["code"] if payload["errors"] else None for payload in data.values()]


async def sign_up(client: httpx.AsyncClient, email: str) -> str:
    variables = {"input": {**PERSON, "email": email}}
    document = "mutation($input: RegisterInput!) { register(input: $input) { tokens { accessToken } } }"
    return str((await graphql_data(client, document, variables))["register"]["tokens"]["accessToken"])


async def test_six_aliased_wrong_sign_ins_check_one_password_and_lock_nobody_out(
    client: httpx.AsyncClient,
) -> None:
    await sign_up(client, "ravi@example.in")
    guesses = " ".join(
        f'g{i}: login(input: {{email: "ravi@example.in", password: "guess{i}xyz1"}}) {{ errors {{ code }} }}'
        for i in range(6)
    )
    answered = await graphql_data(client, f"mutation {{ {guesses} }}")
    assert codes(answered) == ["INVALID_CREDENTIALS"] + [REFUSED] * 5
    owner = await graphql_data(client, LOGIN, {"input": {"email": "ravi@example.in", "password": PASSWORD}})
    assert owner["login"]["errors"] == []


async def test_twenty_aliased_sign_ups_make_one_account(client: httpx.AsyncClient) -> None:
    sign_ups = " ".join(
        f'r{i}: register(input: {{name: "Storm", email: "storm{i}@example.in", phone: "9876543210", '
        f'password: "{PASSWORD}"}}) {{ errors {{ code }} }}'
        for i in range(20)
    )
    answered = await graphql_data(client, f"mutation {{ {sign_ups} }}")
    assert codes(answered) == [None] + [REFUSED] * 19


@pytest.mark.parametrize("second", sorted(SECOND))
async def test_every_expensive_mutation_is_refused_after_another_in_the_same_request(
    client: httpx.AsyncClient, second: str
) -> None:
    token = await sign_up(client, "ravi@example.in")
    first = f'login(input: {{email: "nobody@example.in", password: "{PASSWORD}"}}) {{ errors {{ code }} }}'
    answered = await graphql_data(
        client, f"mutation {{ first: {first} second: {SECOND[second]} {{ errors {{ code }} }} }}", token=token
    )
    assert codes(answered) == ["INVALID_CREDENTIALS", REFUSED]
