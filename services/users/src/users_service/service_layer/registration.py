"""Registering an account: validated input, one row per person (the database decides races)."""

from __future__ import annotations

import uuid

import uuid6
from servicekit.errors import InputChecks

from users_service.domain.accounts import Profile, UserAccount
from users_service.domain.email import normalise_email
from users_service.domain.indian_inputs import normalise_phone
from users_service.domain.language import DEFAULT_LANGUAGE, Language, parse_language
from users_service.domain.names import normalise_name
from users_service.domain.passwords import check_password_strength
from users_service.domain.roles import Role, parse_role, roles_at_registration
from users_service.service_layer import external_identity
from users_service.service_layer.commands import Register
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import user_registered
from users_service.service_layer.results import SignedIn
from users_service.service_layer.sessions import issue_tokens


def new_account(
    command: Register, *, roles: frozenset[Role] | None, deps: UseCaseDependencies
) -> UserAccount:
    """Validate a registration, reporting every bad field at once; `roles` None means the
    registrant's own choice of role."""
    checks = InputChecks()
    email = checks.check(lambda: normalise_email(command.email))
    name = checks.check(lambda: normalise_name(command.name))
    phone = checks.check(lambda: normalise_phone(command.phone))
    chosen = (
        roles if roles is not None else checks.check(lambda: roles_at_registration(parse_role(command.role)))
    )
    checks.check(lambda: check_password_strength(command.password, email=email or ""))
    language = checks.check(lambda: _language(command.preferred_language))
    checks.raise_failures()
    # raise_failures returned, so every check passed and gave its value.
    assert email is not None
    assert name is not None
    assert phone is not None
    assert chosen is not None
    return UserAccount(
        id=uuid.UUID(str(uuid6.uuid7())),  # time-ordered: the users list pages by id
        email=email,
        name=name,
        phone=phone,
        roles=chosen,
        is_active=True,
        created_at=deps.clock(),
        profile=Profile(preferred_language=language or DEFAULT_LANGUAGE),
    )


def _language(raw: str | None) -> Language | None:
    """The language the person registered in becomes their preference (default Telugu)."""
    return parse_language(raw) if raw is not None else None


async def register(command: Register, deps: UseCaseDependencies) -> SignedIn:
    account = new_account(command, roles=None, deps=deps)
    if deps.identity_provider is not None:
        return await external_identity.register(command, account, deps, deps.identity_provider)
    password_hash = await deps.hasher.hash(command.password)
    async with deps.unit_of_work() as uow:
        await uow.users.add(account, password_hash=password_hash)
        uow.publish(user_registered(account))
        tokens = await issue_tokens(uow, deps, account)
        await uow.commit()
    return SignedIn(account, tokens)


async def register_super_admin(command: Register, deps: UseCaseDependencies) -> UserAccount:
    """The trusted path (the operator's CLI): an account with super_admin, not signed in."""
    account = new_account(command, roles=frozenset({Role.USER, Role.SUPER_ADMIN}), deps=deps)
    password_hash = await deps.hasher.hash(command.password)
    async with deps.unit_of_work() as uow:
        await uow.users.add(account, password_hash=password_hash)
        uow.publish(user_registered(account))
        await uow.commit()
    return account
