"""Erasing a person's data: at their own request (with their password) or by a super admin; the
account keeps only its id, sign-in stops, the event tells other services, nothing can undo it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from servicekit.db import create_engine
from servicekit.errors import Forbidden
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import UsersServices, build_services
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.migrations import migrations_path
from users_service.service_layer.accounts import get_user
from users_service.service_layer.administration import grant_role, reactivate_user
from users_service.service_layer.authentication import login, refresh
from users_service.service_layer.commands import ChangeRole, EraseOwnAccount, Login, SetActive
from users_service.service_layer.erasure import erase_own_account, erase_user
from users_service.settings import UsersSettings

from .scenarios import PASSWORD, caller_of, registered, super_admin, unique_email
from .test_administration import events_for


async def test_a_person_erases_their_own_account_and_only_the_id_is_left(services: UsersServices) -> None:
    signed_in = await registered(services, email="ravi@example.in")
    me = caller_of(signed_in.user)
    admin = await super_admin(services)

    await erase_own_account(EraseOwnAccount(me, PASSWORD), services.deps)

    left = await get_user(admin, str(signed_in.user.id), services.deps)
    assert left is not None
    assert (left.name, left.phone, left.roles, left.is_active) == ("", "", frozenset(), False)
    assert left.email == f"erased-{signed_in.user.id}@erased.invalid"
    assert left.erased_at is not None
    assert left.profile.business_name is None
    with pytest.raises(UsersError) as refused:
        await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)
    assert refused.value.code == UsersErrorCode.INVALID_CREDENTIALS
    with pytest.raises(UsersError) as spent:
        await refresh(signed_in.tokens.refresh_token, services.deps)
    assert spent.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
    erased = [
        e for e in await events_for(services, str(signed_in.user.id)) if e["type"] == "users.user.erased"
    ]
    assert [e["payload"] for e in erased] == [
        {
            "user_id": str(signed_in.user.id),
            "occurred_at": erased[0]["payload"]["occurred_at"],  # type: ignore[index]
            "erased_by": str(signed_in.user.id),
            "reason": "own_request",
        }
    ]
    registered_names = [
        e["payload"]["name"]  # type: ignore[index]
        for e in await events_for(services, str(signed_in.user.id))
        if e["type"] == "users.user.registered"
    ]
    assert registered_names == [""]  # this service's copy of the event keeps no name
    # The address is free again: the person may come back as somebody new.
    again = await registered(services, email="ravi@example.in")
    assert again.user.id != signed_in.user.id


async def test_a_wrong_password_erases_nothing(services: UsersServices) -> None:
    signed_in = await registered(services, email="ravi@example.in")
    with pytest.raises(UsersError) as refused:
        await erase_own_account(EraseOwnAccount(caller_of(signed_in.user), "not-my-password1"), services.deps)
    assert (refused.value.code, refused.value.field) == (UsersErrorCode.WRONG_PASSWORD, "password")
    assert (await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)).user.is_active


async def test_a_super_admin_erases_someone_and_an_erased_account_cannot_be_brought_back(
    services: UsersServices,
) -> None:
    admin = await super_admin(services)
    user = (await registered(services, email="ravi@example.in")).user
    erased = await erase_user(SetActive(admin, str(user.id)), services.deps)
    assert (erased.email, erased.is_active) == (f"erased-{user.id}@erased.invalid", False)
    events = [
        e["payload"] for e in await events_for(services, str(user.id)) if e["type"] == "users.user.erased"
    ]
    assert [(e["erased_by"], e["reason"]) for e in events] == [(admin.user_id, "admin")]  # type: ignore[index]

    for undo in (
        reactivate_user(SetActive(admin, str(user.id)), services.deps),
        grant_role(ChangeRole(admin, str(user.id), "organizer"), services.deps),
        erase_user(SetActive(admin, str(user.id)), services.deps),
    ):
        with pytest.raises(UsersError) as refused:
            await undo
        assert refused.value.code == UsersErrorCode.ACCOUNT_ERASED


async def test_only_a_super_admin_erases_others_and_not_themselves_that_way(services: UsersServices) -> None:
    admin = await super_admin(services)
    ravi = await registered(services, email="ravi@example.in")
    sita = await registered(services, email="sita@example.in")
    with pytest.raises(Forbidden):
        await erase_user(SetActive(caller_of(ravi.user), str(sita.user.id)), services.deps)
    with pytest.raises(Forbidden):
        await erase_user(SetActive(admin, str(admin.user_id)), services.deps)


@pytest.fixture(scope="module")
async def own_database_engine(
    make_migrated_database: Callable[[str, Path], str],
) -> AsyncIterator[AsyncEngine]:
    """A database of its own: how many super admins exist must not depend on other tests' rows."""
    engine = create_engine(make_migrated_database("users_erasure", migrations_path()))
    yield engine
    await engine.dispose()


@pytest.fixture
async def without_super_admins(
    own_database_engine: AsyncEngine,
    users_settings: UsersSettings,
) -> UsersServices:
    """Services over that database with every earlier test's accounts deactivated."""
    async with own_database_engine.begin() as connection:
        await connection.execute(text("UPDATE users SET is_active = false"))
    return build_services(users_settings, own_database_engine)


async def test_the_last_super_admin_cannot_erase_their_account_but_one_of_two_can(
    without_super_admins: UsersServices,
) -> None:
    services = without_super_admins
    only = await super_admin(services, unique_email("only"))
    with pytest.raises(UsersError) as refused:
        await erase_own_account(EraseOwnAccount(only, PASSWORD), services.deps)
    assert refused.value.code == UsersErrorCode.LAST_SUPER_ADMIN
    second = await super_admin(services, unique_email("second"))
    await erase_own_account(EraseOwnAccount(only, PASSWORD), services.deps)
    left = await get_user(second, str(only.user_id), services.deps)
    assert left is not None
    assert left.erased_at is not None


async def test_two_last_super_admins_erasing_themselves_at_once_leave_one(
    without_super_admins: UsersServices,
) -> None:
    services = without_super_admins
    first = await super_admin(services, unique_email("first"))
    second = await super_admin(services, unique_email("second"))
    outcomes = await asyncio.gather(
        erase_own_account(EraseOwnAccount(first, PASSWORD), services.deps),
        erase_own_account(EraseOwnAccount(second, PASSWORD), services.deps),
        return_exceptions=True,
    )
    refusals = [o for o in outcomes if isinstance(o, UsersError)]
    assert [r.code for r in refusals] == [UsersErrorCode.LAST_SUPER_ADMIN], outcomes
    assert outcomes.count(None) == 1


async def test_a_super_admin_role_revoked_while_its_other_holder_erases_themselves_is_counted(
    without_super_admins: UsersServices,
    own_database_engine: AsyncEngine,
) -> None:
    """The other admin's role goes while the erasure waits for their row: it must see that."""
    services = without_super_admins
    leaving = await super_admin(services, unique_email("leaving"))
    demoted = await super_admin(services, unique_email("demoted"))
    async with own_database_engine.connect() as connection:
        transaction = await connection.begin()
        await connection.execute(
            text("SELECT id FROM users WHERE id IN (:a, :b) ORDER BY id FOR UPDATE"),
            {"a": leaving.user_id, "b": demoted.user_id},
        )
        await connection.execute(
            text("DELETE FROM user_roles WHERE user_id = :u AND role = 'super_admin'"), {"u": demoted.user_id}
        )
        erasing = asyncio.create_task(erase_own_account(EraseOwnAccount(leaving, PASSWORD), services.deps))
        await asyncio.sleep(0.5)
        await transaction.commit()
    with pytest.raises(UsersError) as refused:
        await erasing
    assert refused.value.code == UsersErrorCode.LAST_SUPER_ADMIN
