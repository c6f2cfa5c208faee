"""super_admin operations through the service layer."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.roles import Role
from users_service.service_layer.administration import (
    deactivate_user,
    grant_role,
    list_users,
    reactivate_user,
    revoke_role,
)
from users_service.service_layer.authentication import login, refresh
from users_service.service_layer.commands import ChangeRole, ListUsers, Login, SetActive

from .scenarios import PASSWORD, registered, super_admin


async def events_for(services: UsersServices, key: str) -> list[dict[str, object]]:
    async with services.deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT envelope FROM outbox WHERE key = :key ORDER BY position"), {"key": key}
        )
        return [row[0] for row in rows]


async def test_granting_and_revoking_a_role_records_what_changed(services: UsersServices) -> None:
    admin = await super_admin(services)
    user = (await registered(services, role="user")).user
    granted = await grant_role(ChangeRole(admin, str(user.id), "STORE_OWNER"), services.deps)
    assert granted.roles == {Role.USER, Role.STORE_OWNER}
    revoked = await revoke_role(ChangeRole(admin, str(user.id), "store_owner"), services.deps)
    assert revoked.roles == {Role.USER}

    changes = [e for e in await events_for(services, str(user.id)) if e["type"] == "users.user.roles_changed"]
    assert [c["payload"] for c in changes] == [
        {
            "user_id": str(user.id),
            "occurred_at": changes[0]["payload"]["occurred_at"],  # type: ignore[index]
            "roles": ["store_owner", "user"],
            "granted": ["store_owner"],
            "revoked": [],
            "changed_by": admin.user_id,
        },
        {
            "user_id": str(user.id),
            "occurred_at": changes[1]["payload"]["occurred_at"],  # type: ignore[index]
            "roles": ["user"],
            "granted": [],
            "revoked": ["store_owner"],
            "changed_by": admin.user_id,
        },
    ]


async def test_granting_a_role_someone_has_records_nothing(services: UsersServices) -> None:
    admin = await super_admin(services)
    user = (await registered(services, role="organizer")).user
    await grant_role(ChangeRole(admin, str(user.id), "organizer"), services.deps)
    types = [e["type"] for e in await events_for(services, str(user.id))]
    assert types == ["users.user.registered"]


async def test_deactivation_stops_sign_in_and_refresh_and_reactivation_restores_sign_in(
    services: UsersServices,
) -> None:
    admin = await super_admin(services)
    signed_in = await registered(services)
    user_id = str(signed_in.user.id)
    await deactivate_user(SetActive(admin, user_id), services.deps)

    with pytest.raises(UsersError) as refused_login:
        await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)
    assert refused_login.value.code == UsersErrorCode.ACCOUNT_DEACTIVATED
    with pytest.raises(UsersError) as refused_refresh:
        await refresh(signed_in.tokens.refresh_token, services.deps)
    assert refused_refresh.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
    assert [e["type"] for e in await events_for(services, user_id)][-1] == "users.user.deactivated"

    await reactivate_user(SetActive(admin, user_id), services.deps)
    assert await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)


async def test_listing_searches_filters_and_pages_with_a_cap_of_100(services: UsersServices) -> None:
    admin = await super_admin(services)
    for number in range(5):
        await registered(
            services,
            email=f"tent{number}@example.in",
            name=f"Tent House {number}",
            role="store_owner" if number % 2 else "organizer",
        )

    first = await list_users(ListUsers(admin, search="tent", first=2), services.deps)
    assert first.total == 5
    assert len(first.items) == 2
    second = await list_users(
        ListUsers(admin, search="tent", first=2, after=first.next_cursor), services.deps
    )
    third = await list_users(
        ListUsers(admin, search="tent", first=2, after=second.next_cursor), services.deps
    )
    emails = [u.email for page in (first, second, third) for u in page.items]
    assert sorted(emails) == [f"tent{n}@example.in" for n in range(5)]
    assert third.next_cursor is None

    store_owners = await list_users(ListUsers(admin, role="store_owner", first=500), services.deps)
    assert {u.email for u in store_owners.items} == {"tent1@example.in", "tent3@example.in"}
    assert len((await list_users(ListUsers(admin, first=10_000), services.deps)).items) <= 100


async def test_search_treats_percent_and_underscore_literally(services: UsersServices) -> None:
    admin = await super_admin(services)
    await registered(services, email="a_b@example.in")
    await registered(services, email="axb@example.in")
    found = await list_users(ListUsers(admin, search="a_b"), services.deps)
    assert [u.email for u in found.items] == ["a_b@example.in"]


async def test_a_search_with_a_nul_character_finds_nobody_instead_of_failing(
    services: UsersServices,
) -> None:
    admin = await super_admin(services)
    await registered(services, email="ravi@example.in")
    found = await list_users(ListUsers(admin, search="ravi\x00"), services.deps)
    assert (found.items, found.total, found.next_cursor) == ([], 0, None)
