"""The use cases in Auth0 mode: Auth0 owns passwords, sessions and role claims; we keep the
account, the profile and the events."""

from __future__ import annotations

import jwt
import structlog

from users_service.domain.accounts import UserAccount
from users_service.domain.errors import (
    AccountLocked,
    UsersError,
    UsersErrorCode,
    account_deactivated,
    invalid_credentials,
)
from users_service.domain.lockout import SignInKey
from users_service.domain.passwords import check_password_strength
from users_service.domain.refresh_tokens import invalid_refresh_token
from users_service.service_layer.commands import ChangePassword, Register
from users_service.service_layer.dependencies import (
    ExternalTokens,
    IdentityProvider,
    UseCaseDependencies,
)
from users_service.service_layer.events import user_registered
from users_service.service_layer.results import SignedIn, TokenPair
from users_service.service_layer.sign_in_throttle import record_failure, retry_after

log = structlog.get_logger()


def _pair(tokens: ExternalTokens) -> TokenPair:
    return TokenPair(tokens.access_token, tokens.refresh_token, tokens.expires_in)


async def register(
    command: Register, account: UserAccount, deps: UseCaseDependencies, provider: IdentityProvider
) -> SignedIn:
    """The local row goes in first so the unique email decides races before Auth0 is called."""
    async with deps.unit_of_work() as uow:
        await uow.users.add(account, password_hash=None)
        external_id = await provider.create_account(
            user_id=str(account.id),
            email=account.email,
            password=command.password,
            name=account.name,
            phone=account.phone,
        )
        try:
            await uow.users.set_external_id(account.id, external_id)
            await provider.change_roles(external_id, grant=account.roles, revoke=frozenset())
            uow.publish(user_registered(account))
            await uow.commit()
        except BaseException:
            # Our row rolls back; without this the tenant would keep the user and every retry
            # with this email would be EMAIL_TAKEN for an account nobody can sign in to.
            await _forget_external_account(provider, external_id)
            raise
    tokens = await provider.password_login(email=account.email, password=command.password)
    if tokens is None:
        raise invalid_credentials()
    return SignedIn(account, _pair(tokens))


async def _forget_external_account(provider: IdentityProvider, external_id: str) -> None:
    try:
        await provider.delete_account(external_id)
    except Exception:  # the original failure is what the caller must see
        log.exception("auth0_orphan_left", external_id=external_id)


async def login(
    key: SignInKey, password: str, deps: UseCaseDependencies, provider: IdentityProvider
) -> SignedIn:
    """The tenant checks the password, with nothing of ours held; the throttle and the account are
    ours (a password the tenant accepts for an account we do not have is still a failure)."""
    async with deps.unit_of_work() as uow:
        wait = await retry_after(uow, key, deps)
    if wait is not None:
        raise AccountLocked(wait)
    tokens = await provider.password_login(email=key.email, password=password)
    account = None
    if tokens is not None:
        async with deps.unit_of_work() as uow:
            account = await uow.users.get_by_email(key.email)
            if account is not None and account.is_active:
                await uow.login_failures.forget_account(key)
                await uow.commit()
    if tokens is None or account is None:
        await record_failure(key, deps)
        raise invalid_credentials()
    if not account.is_active:
        raise account_deactivated()
    return SignedIn(account, _pair(tokens))


async def refresh(refresh_token: str, deps: UseCaseDependencies, provider: IdentityProvider) -> SignedIn:
    """Auth0 rotates and detects reuse (a tenant setting); we map the answer."""
    tokens = await provider.refresh(refresh_token) if refresh_token else None
    if tokens is None:
        raise invalid_refresh_token()
    # Straight from Auth0's token endpoint over TLS: reading the subject needs no verification.
    subject = str(jwt.decode(tokens.access_token, options={"verify_signature": False})["sub"])
    async with deps.unit_of_work() as uow:
        account = await uow.users.get_by_external_id(subject)
    if account is None or not account.is_active:
        raise invalid_refresh_token()
    return SignedIn(account, _pair(tokens))


async def change_password(
    command: ChangePassword, account: UserAccount, deps: UseCaseDependencies, provider: IdentityProvider
) -> None:
    if await provider.password_login(email=account.email, password=command.current_password) is None:
        raise UsersError(UsersErrorCode.WRONG_PASSWORD, "The current password is wrong.", "currentPassword")
    check_password_strength(command.new_password, email=account.email, field="newPassword")
    async with deps.unit_of_work() as uow:
        external_id = await uow.users.external_id(account.id)
    if external_id is None:
        raise invalid_credentials()
    await provider.set_password(external_id, command.new_password)


async def phone_sign_in(
    phone: str, code: str, provider: IdentityProvider, deps: UseCaseDependencies
) -> SignedIn:
    """The tenant checks its own code (passwordless SMS). Its token names the account only when the
    tenant links the phone's identity to the database user (an account-linking Action): sign-up by
    phone is the tenant's passwordless user, whom we have no account for (docs/decisions/0041)."""
    tokens = await provider.phone_login(phone=phone, code=code)
    if tokens is None:
        raise UsersError(
            UsersErrorCode.PHONE_CODE_INVALID, "The code is wrong. Check the SMS and try again.", "code"
        )
    subject = str(jwt.decode(tokens.access_token, options={"verify_signature": False})["sub"])
    async with deps.unit_of_work() as uow:
        account = await uow.users.get_by_external_id(subject)
    if account is None:
        await _revoke_quietly(provider, tokens.refresh_token)
        raise UsersError(
            UsersErrorCode.NOT_SUPPORTED_IN_AUTH0_MODE,
            "This phone is not linked to an account: sign up with email first.",
            "phone",
        )
    if not account.is_active:
        raise account_deactivated()
    return SignedIn(account, _pair(tokens))


async def _revoke_quietly(provider: IdentityProvider, refresh_token: str) -> None:
    if not refresh_token:
        return
    try:
        await provider.revoke_refresh_token(refresh_token)
    except Exception:  # the refusal is what the caller must see
        log.warning("auth0_refresh_token_not_revoked")
