"""Passwords are hashed and checked with no database connection checked out, so no row lock is held
either: a burst of slow hashes cannot empty the pool or make other requests wait for locks (issue 8
item 1). Through the real use cases, committing, on the service's own pool."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError
from users_service.service_layer.accounts import change_password
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import ChangePassword, EraseOwnAccount, Login, Register
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.erasure import erase_own_account
from users_service.service_layer.registration import register

from .probing_hasher import ProbingHasher
from .scenarios import PASSWORD, caller_of, unique_email

NEW_PASSWORD = "tamarind7rice"


@pytest.fixture
def hasher(committing_services: UsersServices, service_engine: AsyncEngine) -> ProbingHasher:
    return ProbingHasher(committing_services.deps.hasher, service_engine)


@pytest.fixture
def deps(committing_services: UsersServices, hasher: ProbingHasher) -> UseCaseDependencies:
    return dataclasses.replace(committing_services.deps, hasher=hasher)


async def test_signing_up_and_signing_in_hash_with_no_connection_checked_out(
    deps: UseCaseDependencies, hasher: ProbingHasher
) -> None:
    email = unique_email("ravi")
    await register(
        Register(name="Ravi", email=email, phone="9876543210", password=PASSWORD, role="user"), deps
    )
    await login(Login(email=email, password=PASSWORD), deps)
    for wrong in (Login(email=email, password="not-my-password-1"), Login(unique_email("nobody"), PASSWORD)):
        with pytest.raises(UsersError):
            await login(wrong, deps)
    assert hasher.runs == 4
    assert set(hasher.connections_checked_out) == {0}


async def test_changing_a_password_and_erasing_with_it_hash_with_no_connection_checked_out(
    deps: UseCaseDependencies, hasher: ProbingHasher
) -> None:
    email = unique_email("ravi")
    command = Register(name="Ravi", email=email, phone="9876543210", password=PASSWORD, role="user")
    person = caller_of((await register(command, deps)).user)
    await change_password(ChangePassword(person, PASSWORD, NEW_PASSWORD), deps)
    await erase_own_account(EraseOwnAccount(person, NEW_PASSWORD), deps)
    assert hasher.runs == 4  # sign-up, the current password, the new one, the erasure's check
    assert set(hasher.connections_checked_out) == {0}
