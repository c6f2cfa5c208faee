"""A sign-in takes as long whether or not the account exists, and whether or not it must wait: the
password hasher runs exactly once per attempt (issue 8 item 7: an unknown email used to skip it and
answer in a fifth of the time)."""

from __future__ import annotations

import dataclasses

import pytest
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import Login

from .probing_hasher import ProbingHasher
from .scenarios import PASSWORD, registered

KNOWN, UNKNOWN = "ravi@example.in", "nobody@example.in"
WRONG = "not-my-password-1"


async def attempt(services: UsersServices, hasher: ProbingHasher, email: str, password: str) -> str:
    """The attempt's code ("ok" when signed in)."""
    try:
        await login(Login(email=email, password=password), dataclasses.replace(services.deps, hasher=hasher))
    except UsersError as error:
        return str(error.code)
    return "ok"


@pytest.mark.parametrize(
    ("email", "password", "locked_first", "code"),
    [
        (KNOWN, PASSWORD, False, "ok"),
        (KNOWN, WRONG, False, UsersErrorCode.INVALID_CREDENTIALS),
        (UNKNOWN, PASSWORD, False, UsersErrorCode.INVALID_CREDENTIALS),
        (KNOWN, PASSWORD, True, UsersErrorCode.ACCOUNT_LOCKED),
        (UNKNOWN, PASSWORD, True, UsersErrorCode.ACCOUNT_LOCKED),
    ],
    ids=["right-password", "wrong-password", "unknown-email", "locked-account", "locked-unknown-email"],
)
async def test_the_password_hasher_runs_exactly_once_per_attempt(
    services: UsersServices, email: str, password: str, locked_first: bool, code: str
) -> None:
    await registered(services, email=KNOWN)
    hasher = ProbingHasher(services.deps.hasher)
    if locked_first:
        for _ in range(services.deps.throttle.per_account.free_failures):
            await attempt(services, hasher, email, WRONG)
    hasher.runs = 0
    assert await attempt(services, hasher, email, password) == code
    assert hasher.runs == 1
