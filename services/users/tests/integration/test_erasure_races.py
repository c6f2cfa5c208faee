"""Erasure against what can run beside it: a sign-in caught mid-way, a squatted placeholder address,
a super_admin role revoked while its last other holder erases themselves."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from servicekit.auth import Caller
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.password_hasher import PasswordHasher
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import EraseOwnAccount, Login, Register
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.erasure import erase_own_account
from users_service.service_layer.registration import register

from .scenarios import PASSWORD, caller_of, unique_email


class _PausingHasher(PasswordHasher):
    """Verifies like the real hasher, then waits for the test: holds a sign-in inside its transaction."""

    def __init__(self, deps: UseCaseDependencies) -> None:  # the real hasher does the work
        self._real = deps.hasher
        self.inside = asyncio.Event()
        self.go_on = asyncio.Event()

    async def hash(self, password: str) -> str:
        return await self._real.hash(password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        right = await self._real.verify(password_hash, password)
        self.inside.set()
        await self.go_on.wait()
        return right


async def _count(engine: AsyncEngine, sql: str, **values: object) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text(sql), values)).scalar_one())


@pytest.mark.parametrize("failed_before", [False, True], ids=["first-sign-in", "failures-counted"])
async def test_a_sign_in_caught_mid_way_by_an_erasure_leaves_no_session_and_no_deadlock(
    committing_services: UsersServices,
    service_engine: AsyncEngine,
    failed_before: bool,
) -> None:
    deps = committing_services.deps
    email = unique_email("ravi")
    person = (
        await register(
            Register(name="Ravi", email=email, phone="9876543210", password=PASSWORD, role="user"), deps
        )
    ).user
    if failed_before:  # the address's sign-in failures are counted
        with pytest.raises(UsersError):
            await login(Login(email=email, password="not-my-password-1"), deps)
    pausing = _PausingHasher(deps)
    signing_in = asyncio.create_task(
        login(Login(email=email, password=PASSWORD), dataclasses.replace(deps, hasher=pausing))
    )
    await pausing.inside.wait()
    erasing = asyncio.create_task(erase_own_account(EraseOwnAccount(caller_of(person), PASSWORD), deps))
    await asyncio.sleep(0.5)  # the erasure gets as far as it can while the sign-in waits
    pausing.go_on.set()
    await asyncio.gather(signing_in, erasing, return_exceptions=True)

    assert erasing.exception() is None
    sessions_left = "SELECT count(*) FROM refresh_tokens WHERE user_id = :u"
    assert await _count(service_engine, sessions_left, u=person.id) == 0
    assert await _count(service_engine, "SELECT count(*) FROM login_failures WHERE email = :e", e=email) == 0
    assert (
        await _count(
            service_engine, "SELECT count(*) FROM users WHERE id = :u AND erased_at IS NOT NULL", u=person.id
        )
        == 1
    )
    with pytest.raises(UsersError):
        await login(Login(email=email, password=PASSWORD), deps)


async def test_the_placeholder_address_of_an_erased_account_cannot_be_registered(
    committing_services: UsersServices,
) -> None:
    deps = committing_services.deps
    victim = (
        await register(
            Register(
                name="Victim",
                email=unique_email("victim"),
                phone="9876543210",
                password=PASSWORD,
                role="user",
            ),
            deps,
        )
    ).user
    with pytest.raises(UsersError) as refused:
        await register(
            Register(
                name="Squatter",
                email=f"erased-{victim.id}@erased.invalid",
                phone="9876543211",
                password=PASSWORD,
                role="user",
            ),
            deps,
        )
    assert refused.value.code == UsersErrorCode.INVALID_EMAIL
    await erase_own_account(EraseOwnAccount(caller_of(victim), PASSWORD), deps)


async def test_erasing_an_erased_account_again_says_it_is_erased(committing_services: UsersServices) -> None:
    deps = committing_services.deps
    person = (
        await register(
            Register(
                name="Ravi", email=unique_email("ravi"), phone="9876543210", password=PASSWORD, role="user"
            ),
            deps,
        )
    ).user
    me = Caller(user_id=str(person.id), roles=person.roles)
    await erase_own_account(EraseOwnAccount(me, PASSWORD), deps)
    with pytest.raises(UsersError) as again:
        await erase_own_account(EraseOwnAccount(me, PASSWORD), deps)
    assert again.value.code == UsersErrorCode.ACCOUNT_ERASED
