"""Reading accounts and changing one's own: me, a user by id, profile, password."""

from __future__ import annotations

import uuid
from dataclasses import replace

from servicekit.auth import Caller
from servicekit.errors import DomainError, NotFound

from users_service.domain.accounts import UserAccount
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.indian_inputs import normalise_phone
from users_service.domain.names import normalise_name
from users_service.domain.passwords import check_password_strength
from users_service.service_layer import external_identity
from users_service.service_layer.authorization import Operation, authorize
from users_service.service_layer.commands import ChangePassword, UpdateProfile
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import user_profile_changed
from users_service.service_layer.profile_changes import changed_profile
from users_service.service_layer.profile_facts import changed_facts
from users_service.service_layer.sessions import end_all_sessions
from users_service.service_layer.unit_of_work import UsersUnitOfWork


def parse_user_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise NotFound("No such user.", field="userId") from None


async def me(caller: Caller, deps: UseCaseDependencies) -> UserAccount | None:
    """The signed-in person's account; None when nobody is signed in or the account is gone."""
    if caller.user_id is None:
        return None
    try:
        user_id = uuid.UUID(caller.user_id)
    except ValueError:
        return None  # a subject that names no account of ours (e.g. a tenant-only Auth0 user)
    async with deps.unit_of_work() as uow:
        account = await uow.users.get(user_id)
    return account if account is not None and account.is_active else None


async def get_user(caller: Caller, user_id: str, deps: UseCaseDependencies) -> UserAccount | None:
    authorize(caller, Operation.READ_USER, target_user_id=user_id)
    async with deps.unit_of_work() as uow:
        return await uow.users.get(parse_user_id(user_id))


async def users_by_id(
    caller: Caller, user_ids: list[str], deps: UseCaseDependencies
) -> list[UserAccount | None]:
    """A batch of users in the order asked (the federation entity loader); each one is checked
    like `user(id)`: a user the caller may not read comes back as None."""
    readable = [_readable_id(caller, user_id) for user_id in user_ids]
    wanted = [user_id for user_id in readable if user_id is not None]
    async with deps.unit_of_work() as uow:
        found = await uow.users.get_many(wanted) if wanted else {}
    return [found.get(user_id) if user_id else None for user_id in readable]


def _readable_id(caller: Caller, user_id: str) -> uuid.UUID | None:
    try:
        authorize(caller, Operation.READ_USER, target_user_id=user_id)
        return uuid.UUID(user_id)
    except (DomainError, ValueError):
        return None


async def update_profile(command: UpdateProfile, deps: UseCaseDependencies) -> UserAccount:
    user_id = authorize(command.caller, Operation.UPDATE_PROFILE, target_user_id=command.caller.user_id)
    async with deps.unit_of_work() as uow:
        account = await _existing(uow, user_id)
        name = normalise_name(command.name) if command.name is not None else account.name
        phone = normalise_phone(command.phone) if command.phone is not None else account.phone
        updated = replace(account, name=name, profile=changed_profile(account.profile, command))
        updated = updated.with_phone(phone)
        await uow.users.set_identity(account.id, name=name, phone=phone)
        await uow.users.save_profile(account.id, updated.profile)
        if changed := changed_facts(account, updated):
            uow.publish(user_profile_changed(updated, changed, deps.clock()))
        await uow.commit()
    return updated


async def change_password(command: ChangePassword, deps: UseCaseDependencies) -> UserAccount:
    """Needs the current password; ends every other session (all refresh tokens are revoked)."""
    user_id = authorize(command.caller, Operation.CHANGE_PASSWORD, target_user_id=command.caller.user_id)
    if deps.identity_provider is not None:
        async with deps.unit_of_work() as uow:
            account = await _existing(uow, user_id)
        await external_identity.change_password(command, account, deps, deps.identity_provider)
        return account
    # Both hashes are computed holding no connection or lock; the write then checks that the
    # password it replaces is still the one that was checked.
    async with deps.unit_of_work() as uow:
        account = await _existing(uow, user_id, lock=False)
        current_hash = await uow.users.password_hash(account.id)
    if not await deps.hasher.verify(current_hash, command.current_password):
        raise _wrong_current_password()
    check_password_strength(command.new_password, email=account.email, field="newPassword")
    new_hash = await deps.hasher.hash(command.new_password)
    async with deps.unit_of_work() as uow:
        account = await _existing(uow, user_id)
        if await uow.users.password_hash(account.id) != current_hash:
            raise _wrong_current_password()  # changed meanwhile, by another session
        await uow.users.set_password_hash(account.id, new_hash)
        await end_all_sessions(uow, deps, account.id, "password_changed")
        await uow.commit()
    return account


def _wrong_current_password() -> UsersError:
    return UsersError(UsersErrorCode.WRONG_PASSWORD, "The current password is wrong.", "currentPassword")


async def _existing(uow: UsersUnitOfWork, user_id: str, *, lock: bool = True) -> UserAccount:
    account = await uow.users.get(parse_user_id(user_id), for_update=lock)
    if account is None or not account.is_active:
        raise NotFound("No such user.")
    return account
