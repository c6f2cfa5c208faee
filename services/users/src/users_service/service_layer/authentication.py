"""Signing in, refreshing and signing out with the built-in issuer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import structlog
from servicekit.client_address import address_block

from users_service.domain.email import normalise_email
from users_service.domain.errors import (
    AccountLocked,
    UsersError,
    account_deactivated,
    invalid_credentials,
)
from users_service.domain.lockout import SignInKey
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
from users_service.service_layer.sign_in_throttle import record_failure, retry_after

log = structlog.get_logger()


@dataclass(frozen=True, slots=True)
class _Attempt:
    retry_after: timedelta | None
    account_id: uuid.UUID | None = None
    password_hash: str | None = None


async def login(command: Login, deps: UseCaseDependencies) -> SignedIn:
    """Sign in with email and password, throttled per account and client address (domain/lockout.py).

    The password is checked with no database connection or lock held, and exactly once whatever the
    answer (no such account, a wrong password, a wait still running), so the time it takes tells
    nothing about which emails have accounts. A malformed email is refused at once: nobody has it.
    """
    try:
        email = normalise_email(command.email)
    except UsersError:
        raise invalid_credentials() from None
    key = SignInKey(email, address_block(command.client_address))
    if deps.identity_provider is not None:
        return await external_identity.login(key, command.password, deps, deps.identity_provider)
    attempt = await _attempt(key, deps)
    right = await deps.hasher.verify(attempt.password_hash, command.password)
    if attempt.retry_after is not None:
        log.info("login_refused_waiting")
        raise AccountLocked(attempt.retry_after)
    if not right or attempt.account_id is None:
        await record_failure(key, deps)
        raise invalid_credentials()
    return await _signed_in(key, attempt.account_id, attempt.password_hash, deps)


async def _attempt(key: SignInKey, deps: UseCaseDependencies) -> _Attempt:
    async with deps.unit_of_work() as uow:
        wait = await retry_after(uow, key, deps)
        if wait is not None:
            return _Attempt(wait)
        credentials = await uow.users.credentials(key.email)
    return _Attempt(None, *credentials) if credentials else _Attempt(None)


async def _signed_in(
    key: SignInKey, account_id: uuid.UUID, checked_hash: str | None, deps: UseCaseDependencies
) -> SignedIn:
    async with deps.unit_of_work() as uow:
        # The password was checked outside any transaction: the account may have been erased or given
        # a new password since. Its row lock settles which came first (the account's row, then the
        # failure counts: the order erasure takes them in).
        account = await uow.users.get(account_id, for_update=True)
        if account is None or await uow.users.password_hash(account.id) != checked_hash:
            raise invalid_credentials()
        if not account.is_active:
            raise account_deactivated()
        await uow.login_failures.forget_account(key)
        tokens = await issue_tokens(uow, deps, account)
        await uow.commit()
    return SignedIn(account, tokens)


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
