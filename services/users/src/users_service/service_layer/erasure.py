"""Erasing a person's data (ARCHITECTURE 7): at their own request, or by a super admin acting on one.

The account row keeps only its id (references elsewhere stay valid); name, email, phone, password,
roles, profile, sessions and the address's sign-in failure counts go, the name in this service's copy of
UserRegistered too, the identity provider's account (Auth0 mode), and UserErased tells every other
service to erase what it keeps. Nothing can undo it: an erased account cannot be reactivated, given
roles or signed in to.

Locks are taken in the order sign-in takes them: user rows (in id order), then the failure counts.
A sign-in checks the password holding nothing, then locks the account's row to issue its session:
so a sign-in racing an erasure either finishes first (and its new session is erased with the rest)
or finds the account erased.
"""

from __future__ import annotations

import uuid

from contracts.users import USER_REGISTERED
from servicekit.outbox.writer import blank_payload_fields

from users_service.domain.accounts import UserAccount
from users_service.domain.errors import (
    UsersError,
    UsersErrorCode,
    account_deactivated,
    account_erased,
)
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
    user_id = parse_user_id(
        authorize(command.caller, Operation.ERASE_OWN_ACCOUNT, target_user_id=command.caller.user_id)
    )
    # The password is checked holding no connection or lock: argon2 (or the tenant) is slow.
    async with deps.unit_of_work() as uow:
        account = _erasable(await uow.users.get(user_id))
        password_hash = await uow.users.password_hash(account.id)
    await _check_password(account, password_hash, command.password, deps)
    async with deps.unit_of_work() as uow:
        super_admins = await uow.users.lock_with_active_super_admins(user_id)
        account = _erasable(await uow.users.get(user_id))
        if Role.SUPER_ADMIN in account.roles and super_admins == [account.id]:
            raise UsersError(
                UsersErrorCode.LAST_SUPER_ADMIN, "You are the only super admin: make someone else one first."
            )
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


def _erasable(account: UserAccount | None) -> UserAccount:
    if account is None:
        raise UsersError(UsersErrorCode.NOT_FOUND, "No such user.")
    if account.erased_at is not None:
        raise account_erased()
    if not account.is_active:
        raise account_deactivated()
    return account


async def _check_password(
    account: UserAccount, password_hash: str | None, password: str, deps: UseCaseDependencies
) -> None:
    provider = deps.identity_provider
    if provider is not None:
        right = await provider.password_login(email=account.email, password=password) is not None
    else:
        right = await deps.hasher.verify(password_hash, password)
    if not right:
        raise UsersError(UsersErrorCode.WRONG_PASSWORD, "The password is wrong.", "password")


async def _erase(
    uow: UsersUnitOfWork,
    account: UserAccount,
    *,
    erased_by: uuid.UUID,
    reason: str,
    deps: UseCaseDependencies,
) -> None:
    now = deps.clock()
    await uow.users.erase(account.id, now=now)
    await uow.refresh_tokens.delete_all_of(account.id)
    await uow.login_failures.forget(account.email)
    await uow.password_resets.forget(account.email)
    await uow.phone_codes.forget(account.phone)
    await blank_payload_fields(uow.session, key=str(account.id), event_type=USER_REGISTERED, fields=("name",))
    uow.publish(user_erased(account.id, erased_by, reason, now))
    # The identity provider's account goes after this commits: this service consumes its own
    # UserErased (identity_cleanup), with retries and dead letters, so a provider that is down
    # neither blocks nor half-does the erasure.
