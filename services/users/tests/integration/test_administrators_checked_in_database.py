"""An administrator's rights are checked in the database, not only in a token that may be 15 minutes
old: a deactivated or demoted administrator cannot act, and two administrators demoting each other at
once cannot leave the platform without one."""

from __future__ import annotations

import asyncio

import pytest
from servicekit.errors import Forbidden
from users_service.bootstrap import UsersServices
from users_service.service_layer.administration import (
    deactivate_user,
    grant_role,
    reactivate_user,
    revoke_role,
)
from users_service.service_layer.commands import ChangeRole, SetActive

from .scenarios import registered, super_admin, unique_email


async def test_a_deactivated_admin_with_a_live_token_cannot_reactivate_themselves_or_act(
    services: UsersServices,
) -> None:
    first = await super_admin(services, unique_email("first"))
    second = await super_admin(services, unique_email("second"))
    user = (await registered(services, email=unique_email("user"))).user
    await deactivate_user(SetActive(first, str(second.user_id)), services.deps)

    # `second` still holds an access token that says super_admin.
    with pytest.raises(Forbidden):
        await reactivate_user(SetActive(second, str(second.user_id)), services.deps)
    with pytest.raises(Forbidden):
        await grant_role(ChangeRole(second, str(user.id), "STORE_OWNER"), services.deps)


async def test_a_demoted_admin_with_a_live_token_cannot_demote_anyone(services: UsersServices) -> None:
    first = await super_admin(services, unique_email("first"))
    second = await super_admin(services, unique_email("second"))
    await revoke_role(ChangeRole(first, str(second.user_id), "SUPER_ADMIN"), services.deps)
    with pytest.raises(Forbidden):
        await revoke_role(ChangeRole(second, str(first.user_id), "SUPER_ADMIN"), services.deps)


async def test_two_admins_demoting_each_other_at_once_leave_one_admin(
    committing_services: UsersServices,
) -> None:
    first = await super_admin(committing_services, unique_email("first"))
    second = await super_admin(committing_services, unique_email("second"))

    results = await asyncio.gather(
        revoke_role(ChangeRole(first, str(second.user_id), "SUPER_ADMIN"), committing_services.deps),
        revoke_role(ChangeRole(second, str(first.user_id), "SUPER_ADMIN"), committing_services.deps),
        return_exceptions=True,
    )

    assert sorted(type(r).__name__ for r in results) == ["Forbidden", "UserAccount"]
    survivors = [r for r in results if not isinstance(r, BaseException)]
    assert len(survivors) == 1
