"""Erasing a person's data (ARCHITECTURE 7): at their own request, or by a super admin acting on one.

The account row keeps only its id (references elsewhere stay valid); name, email, phone, password,
roles, profile, sessions and the address's login-failure count go, the identity provider's account
too (Auth0 mode), and UserErased tells every other service to erase what it keeps. Nothing can undo
it: an erased account cannot be reactivated, given roles or signed in to.
"""

from __future__ import annotations

import uuid

from users_service.domain.accounts import UserAccount
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.roles import Role
from users_service.service_layer.accounts import parse_user_id
from users_service.service_layer.administration import locked_by_admin
from users_service.service_layer.authorization import Operation, authorize
from users_service.service_layer.commands import EraseOwnAccount, SetActive
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import user_erased
from users_service.service_layer.unit_of_work import UsersUnitOfWork


async def erase_own_account(command: EraseOwnAccount, deps: UseCaseDependencies) -> None:
    """Needs the person's current password. The last active super admin cannot leave."""
    user_id = parse_user_id(authorize(command.caller, Operation.ERASE_OWN_ACCOUNT,
                                      target_user_id=command.caller.user_id))
    async with deps.unit_of_work() as uow:
        super_admins = await uow.users.lock_with_active_super_admins(user_id)
        account = await uow.users.get(user_id)
        if account is None or account.erased_at is not None or not account.is_active:
            raise UsersError(UsersErrorCode.NOT_FOUND, "No such user.")
        await _check_password(uow, account, command.password, deps)
        if Role.SUPER_ADMIN in account.roles and super_admins == [account.id]:
            raise UsersError(UsersErrorCode.LAST_SUPER_ADMIN,
                             "You are the only super admin: make someone else one first.")
        await _erase(uow, account, erased_by=account.id, reason="own_request", deps=deps)
        await uow.commit()


async def erase_user(command: SetActive, deps: UseCaseDependencies) -> UserAccount:
    """A super admin erases someone else's data (their own goes through erase_own_account)."""
    caller_id = authorize(command.caller, Operation.ERASE_USER, target_user_id=command.user_id)
    async with deps.unit_of_work() as uow:
        account = await locked_by_admin(uow, caller_id, command.user_id, deps)
        await _erase(uow, account, erased_by=uuid.UUID(caller_id), reason="admin", deps=deps)
        await uow.commit()
        erased = await uow.users.get(account.id)
    assert erased is not None  # the row stays; only its data goes
    return erased


async def _check_password(uow: UsersUnitOfWork, account: UserAccount, password: str,
                          deps: UseCaseDependencies) -> None:
    provider = deps.identity_provider
    if provider is not None:
        right = await provider.password_login(email=account.email, password=password) is not None
    else:
        right = await deps.hasher.verify(await uow.users.password_hash(account.id), password)
    if not right:
        raise UsersError(UsersErrorCode.WRONG_PASSWORD, "The password is wrong.", "password")


async def _erase(uow: UsersUnitOfWork, account: UserAccount, *, erased_by: uuid.UUID, reason: str,
                 deps: UseCaseDependencies) -> None:
    external_id = await uow.users.external_id(account.id)
    now = deps.clock()
    await uow.users.erase(account.id, now=now)
    await uow.refresh_tokens.delete_all_of(account.id)
    await uow.login_attempts.forget(account.email)
    uow.publish(user_erased(account.id, erased_by, reason, now))
    if deps.identity_provider is not None and external_id is not None:
        # Last, so a tenant that refuses rolls the whole erasure back and the person can retry.
        await deps.identity_provider.delete_account(external_id)
