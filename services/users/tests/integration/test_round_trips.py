"""How many SQL statements the reads cost: an account with its roles and profile is one statement."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from servicekit.auth import Caller
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import UsersServices
from users_service.domain.roles import Role
from users_service.service_layer.accounts import me, update_profile, users_by_id
from users_service.service_layer.administration import grant_role
from users_service.service_layer.commands import ChangeRole, UpdateProfile

from .scenarios import caller_of, registered, super_admin, unique_email


@contextmanager
def statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """The SQL statements sent through `engine` while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def test_me_reads_account_roles_and_profile_in_one_statement(
    committing_services: UsersServices,
) -> None:
    deps = committing_services.deps
    signed_in = await registered(committing_services, email=unique_email("me-trips"))
    caller = caller_of(signed_in.user)
    changed = UpdateProfile(caller=caller, business_name="Sri Sai Tents", preferred_language="te")
    await update_profile(changed, deps)

    with statements(committing_services.engine) as seen:
        account = await me(caller, deps)

    assert len(seen) == 1, seen
    assert account is not None
    assert account.roles == frozenset({Role.USER, Role.ORGANIZER})
    assert (account.profile.business_name, account.profile.preferred_language.value) == (
        "Sri Sai Tents",
        "te",
    )


async def test_an_account_without_profile_or_roles_reads_as_empty_ones(
    committing_services: UsersServices,
) -> None:
    signed_in = await registered(committing_services, email=unique_email("bare"), role="user")
    async with committing_services.deps.unit_of_work() as uow:
        await uow.users.set_roles(signed_in.user.id, ())
        await uow.commit()

    with statements(committing_services.engine) as seen:
        account = await me(caller_of(signed_in.user), committing_services.deps)

    assert len(seen) == 1
    assert account is not None
    assert account.roles == frozenset()
    assert account.profile == signed_in.user.profile


async def test_a_batch_of_references_is_one_statement(committing_services: UsersServices) -> None:
    people = [(await registered(committing_services, email=unique_email(f"batch{i}"))).user for i in range(3)]
    admin = Caller(user_id=str(people[0].id), roles=frozenset({Role.SUPER_ADMIN}))
    ids = [str(person.id) for person in reversed(people)]

    with statements(committing_services.engine) as seen:
        found = await users_by_id(admin, [*ids, "not-a-uuid"], committing_services.deps)

    assert len(seen) == 1
    assert [account.id if account else None for account in found] == [*[p.id for p in reversed(people)], None]


async def test_a_locked_read_locks_first_then_reads_in_a_new_statement(
    committing_services: UsersServices,
) -> None:
    """A new statement sees what the previous lock holder committed (READ COMMITTED)."""
    signed_in = await registered(committing_services, email=unique_email("locked"))
    async with committing_services.deps.unit_of_work() as uow:
        with statements(committing_services.engine) as seen:
            account = await uow.users.get(signed_in.user.id, for_update=True)

    assert [statement.split()[0] for statement in seen] == ["SELECT", "SELECT"]
    assert "FOR UPDATE" in seen[0]
    assert account is not None
    assert account.email == signed_in.user.email


async def test_two_grants_at_once_keep_both_roles(committing_services: UsersServices) -> None:
    """The second grant waits for the first one's lock, then reads the roles the first committed."""
    first = await super_admin(committing_services, unique_email("grant-a"))
    second = await super_admin(committing_services, unique_email("grant-b"))
    user = (await registered(committing_services, email=unique_email("grantee"), role="user")).user

    await asyncio.gather(
        grant_role(ChangeRole(first, str(user.id), "ORGANIZER"), committing_services.deps),
        grant_role(ChangeRole(second, str(user.id), "STORE_OWNER"), committing_services.deps),
    )

    account = await me(caller_of(user), committing_services.deps)
    assert account is not None
    assert account.roles == frozenset({Role.USER, Role.ORGANIZER, Role.STORE_OWNER})
