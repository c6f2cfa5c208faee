"""Signing in, refreshing and signing out with the built-in issuer."""

from __future__ import annotations

import structlog

from users_service.domain.accounts import UserAccount
from users_service.domain.email import normalise_email
from users_service.domain.errors import (
    UsersError,
    account_deactivated,
    account_locked,
    invalid_credentials,
)
from users_service.domain.lockout import after_failure, after_success
from users_service.domain.refresh_tokens import (
    RefreshDecision,
    decide_refresh,
    invalid_refresh_token,
    refresh_token_reused,
)
from users_service.service_layer import external_identity
from users_service.service_layer.commands import Login
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.results import SignedIn
from users_service.service_layer.sessions import end_session, issue_tokens
from users_service.service_layer.unit_of_work import UsersUnitOfWork

log = structlog.get_logger()


async def login(command: Login, deps: UseCaseDependencies) -> SignedIn:
    """One lockout for both issuers: failures count per address, whoever checks the password."""
    try:
        email = normalise_email(command.email)
    except UsersError:
        raise invalid_credentials() from None
    provider = deps.identity_provider
    async with deps.unit_of_work() as uow:
        attempts = await uow.login_attempts.get_for_update(email)
        now = deps.clock()
        if attempts.is_locked(now):
            log.info("login_refused_locked")
            raise account_locked()
        if provider is None:
            account, tokens = await _account_with_password(uow, deps, email, command.password), None
        else:
            account, tokens = await external_identity.password_login(
                uow, provider, email=email, password=command.password
            )
        if account is None:
            failed = after_failure(attempts, now, deps.lockout)
            await uow.login_attempts.save(email, failed)
            await uow.commit()
            if failed.is_locked(now):
                log.warning("login_locked", failures=failed.consecutive_failures)
            raise invalid_credentials()
        if not account.is_active:
            raise account_deactivated()
        await uow.login_attempts.save(email, after_success())
        tokens = tokens or await issue_tokens(uow, deps, account)
        await uow.commit()
    return SignedIn(account, tokens)


async def _account_with_password(
    uow: UsersUnitOfWork, deps: UseCaseDependencies, email: str, password: str
) -> UserAccount | None:
    account = await uow.users.get_by_email(email)
    password_hash = await uow.users.password_hash(account.id) if account else None
    if account is None or not await deps.hasher.verify(password_hash, password):
        return None
    return account


async def refresh(refresh_token: str, deps: UseCaseDependencies) -> SignedIn:
    """Rotate: the presented token is spent and a new member of its family is issued."""
    if deps.identity_provider is not None:
        return await external_identity.refresh(refresh_token, deps, deps.identity_provider)
    async with deps.unit_of_work() as uow:
        owner = await uow.refresh_tokens.owner_of(refresh_token)
        if owner is None:
            raise invalid_refresh_token()
        # The account's row first, then the token's: the order password changes and deactivation
        # use, so a refresh racing with them either commits first (and its new token is revoked
        # with the rest) or finds the token already revoked.
        account = await uow.users.get(owner, for_update=True)
        stored = await uow.refresh_tokens.find_for_update(refresh_token)
        if stored is None:
            raise invalid_refresh_token()
        if decide_refresh(stored.state, deps.clock()) is RefreshDecision.REVOKE_FAMILY:
            # Someone presented a spent token: either the owner or a thief holds a copy.
            log.warning("refresh_token_reused", user_id=str(stored.user_id), family_id=str(stored.family_id))
            await end_session(uow, deps, stored, "refresh_token_reused")
            await uow.commit()
            raise refresh_token_reused()
        if account is None or not account.is_active:
            raise invalid_refresh_token()
        await uow.refresh_tokens.mark_rotated(stored.id)
        tokens = await issue_tokens(uow, deps, account, family_id=stored.family_id)
        await uow.commit()
    return SignedIn(account, tokens)


async def logout(refresh_token: str, deps: UseCaseDependencies) -> None:
    """End the session the refresh token belongs to (its whole family)."""
    if deps.identity_provider is not None:
        await deps.identity_provider.revoke_refresh_token(refresh_token)
        return
    async with deps.unit_of_work() as uow:
        owner = await uow.refresh_tokens.owner_of(refresh_token)
        if owner is None:
            raise invalid_refresh_token()
        # Same lock order as refresh: the account's row, then the token's.
        await uow.users.get(owner, for_update=True)
        stored = await uow.refresh_tokens.find_for_update(refresh_token)
        if stored is None:
            raise invalid_refresh_token()
        await end_session(uow, deps, stored, "logout")
        await uow.commit()
