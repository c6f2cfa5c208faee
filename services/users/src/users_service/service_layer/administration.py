"""super_admin operations: listing people, changing their roles, (de)activating accounts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from servicekit.errors import Forbidden, NotFound

from users_service.adapters.users_repository import UserPage, UserSearch
from users_service.domain.accounts import UserAccount
from users_service.domain.errors import account_erased
from users_service.domain.roles import Role, parse_role, roles_after_revoke
from users_service.service_layer.accounts import parse_user_id
from users_service.service_layer.authorization import Operation, authorize
from users_service.service_layer.commands import ChangeRole, ListUsers, SetActive
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import user_deactivated, user_roles_changed
from users_service.service_layer.unit_of_work import UsersUnitOfWork

MAX_PAGE_SIZE = 100


async def list_users(command: ListUsers, deps: UseCaseDependencies) -> UserPage:
    authorize(command.caller, Operation.LIST_USERS)
    criteria = UserSearch(
        text=command.search.strip() if command.search and command.search.strip() else None,
        role=parse_role(command.role) if command.role else None,
        include_inactive=command.include_inactive,
        limit=max(1, min(command.first, MAX_PAGE_SIZE)),
        after=_cursor(command.after),
    )
    async with deps.unit_of_work() as uow:
        return await uow.users.search(criteria)


async def grant_role(command: ChangeRole, deps: UseCaseDependencies) -> UserAccount:
    """Any role, super_admin included: this is the only way (besides the CLI) to get it."""
    caller_id = authorize(command.caller, Operation.GRANT_ROLE, target_user_id=command.user_id)
    role = parse_role(command.role)
    return await _change_roles(command.user_id, caller_id, deps, lambda roles: roles | {role})


async def revoke_role(command: ChangeRole, deps: UseCaseDependencies) -> UserAccount:
    caller_id = authorize(command.caller, Operation.REVOKE_ROLE, target_user_id=command.user_id)
    role = parse_role(command.role)
    return await _change_roles(
        command.user_id, caller_id, deps, lambda roles: roles_after_revoke(roles, role)
    )


async def deactivate_user(command: SetActive, deps: UseCaseDependencies) -> UserAccount:
    """Deactivated people cannot sign in, and their refresh tokens stop working at once."""
    caller_id = authorize(command.caller, Operation.DEACTIVATE_USER, target_user_id=command.user_id)
    async with deps.unit_of_work() as uow:
        account = await locked_by_admin(uow, caller_id, command.user_id, deps)
        if account.is_active:
            await uow.users.set_active(account.id, False)
            await uow.refresh_tokens.revoke_all_of(account.id)
            uow.publish(user_deactivated(account.id, uuid.UUID(caller_id), deps.clock()))
            if deps.identity_provider is not None:
                await deps.identity_provider.set_blocked(await _external(uow, account), True)
        await uow.commit()
    return replace(account, is_active=False)


async def reactivate_user(command: SetActive, deps: UseCaseDependencies) -> UserAccount:
    caller_id = authorize(command.caller, Operation.REACTIVATE_USER, target_user_id=command.user_id)
    async with deps.unit_of_work() as uow:
        account = await locked_by_admin(uow, caller_id, command.user_id, deps)
        await uow.users.set_active(account.id, True)
        if deps.identity_provider is not None:
            await deps.identity_provider.set_blocked(await _external(uow, account), False)
        await uow.commit()
    return replace(account, is_active=True)


async def _change_roles(
    user_id: str,
    caller_id: str,
    deps: UseCaseDependencies,
    change: Callable[[frozenset[Role]], frozenset[Role]],
) -> UserAccount:
    async with deps.unit_of_work() as uow:
        account = await locked_by_admin(uow, caller_id, user_id, deps)
        after = change(account.roles)
        if after != account.roles:
            if deps.identity_provider is not None:
                await deps.identity_provider.change_roles(
                    await _external(uow, account), grant=after - account.roles, revoke=account.roles - after
                )
            await uow.users.set_roles(account.id, after)
            uow.publish(
                user_roles_changed(account.id, account.roles, after, uuid.UUID(caller_id), deps.clock())
            )
        await uow.commit()
    return replace(account, roles=after)


async def locked_by_admin(
    uow: UsersUnitOfWork, caller_id: str, user_id: str, deps: UseCaseDependencies
) -> UserAccount:
    """Row-lock the administrator and the target (in id order, so two administrators acting on
    each other cannot deadlock) and check, in this transaction, that the administrator still is one.

    The access token may be up to 15 minutes old: an administrator deactivated or demoted since
    then must not act, or two administrators could demote each other and leave none.
    """
    target_id = parse_user_id(user_id)
    admin_id = parse_user_id(caller_id)
    locked = {i: await uow.users.get(i, for_update=True) for i in sorted({admin_id, target_id})}
    if not _still_admin(locked[admin_id], trust_token_roles=deps.identity_provider is not None):
        raise Forbidden("You do not have permission to do this.")
    target = locked[target_id]
    if target is None:
        raise NotFound("No such user.", field="userId")
    if target.erased_at is not None:
        raise account_erased("userId")
    return target


def _still_admin(admin: UserAccount | None, *, trust_token_roles: bool) -> bool:
    if trust_token_roles:
        # Auth0 mode: roles live in the tenant (token claim); a local account must still be active.
        return admin is None or admin.is_active
    return admin is not None and admin.is_active and Role.SUPER_ADMIN in admin.roles


async def _external(uow: UsersUnitOfWork, account: UserAccount) -> str:
    external_id = await uow.users.external_id(account.id)
    if external_id is None:
        raise NotFound("This account is not linked to the identity provider.", field="userId")
    return external_id


def _cursor(after: str | None) -> uuid.UUID | None:
    if not after:
        return None
    try:
        return uuid.UUID(after)
    except ValueError:
        raise NotFound("The page cursor is not valid.", field="after") from None
