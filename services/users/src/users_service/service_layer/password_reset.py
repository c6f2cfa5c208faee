"""Password reset by email: ask for a one-time code, then set a new password with it.

Asking answers the same whether or not the email has an account, and does the same work: the
request is counted against the email and the client address, a code is made, hashed and stored
for the email; only an active account's email is then sent one, after the answer (libs/mail).
Resetting spends one of the code's tries before checking it (so tries made at once all count),
checks it holding no connection or lock, and then, under the account's row lock, spends the code
itself: of two resets with one code, one finds it gone. A reset sets the password, ends every
session, lifts the sign-in waits on the email and signs the person in (docs/decisions/0016).
"""

from __future__ import annotations

import structlog
from servicekit.client_address import address_block

from users_service.domain.email import normalise_email
from users_service.domain.errors import (
    ResetRequestsLimited,
    UsersError,
    UsersErrorCode,
    account_deactivated,
)
from users_service.domain.passwords import check_password_strength
from users_service.domain.reset_codes import (
    StoredResetCode,
    new_reset_code,
    normalised_code,
    reset_code_invalid,
)
from users_service.service_layer.commands import RequestPasswordReset, ResetPassword
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.reset_mail import reset_code_mail
from users_service.service_layer.results import SignedIn
from users_service.service_layer.sessions import end_all_sessions, issue_tokens

log = structlog.get_logger()


async def request_password_reset(command: RequestPasswordReset, deps: UseCaseDependencies) -> None:
    """Send a code to the email if it has an active account; the same answer either way."""
    email = normalise_email(command.email)  # a malformed address is nobody's: say so
    if deps.identity_provider is not None:
        await deps.identity_provider.send_password_reset_email(email)
        return
    await _count_request(email, address_block(command.client_address), deps)
    code = new_reset_code()
    code_hash = await deps.hasher.hash(code)
    policy = deps.reset_codes
    async with deps.unit_of_work() as uow:
        expires_at = deps.clock() + policy.lifetime
        await uow.password_resets.replace_code(email, code_hash, expires_at=expires_at, tries=policy.tries)
        account = await uow.users.get_by_email(email)
        await uow.commit()
    if account is not None and account.is_active and deps.mail is not None:
        minutes = int(policy.lifetime.total_seconds() // 60)
        deps.mail.submit(reset_code_mail(account, code, minutes))
    log.info("password_reset_requested")


async def _count_request(email: str, address: str, deps: UseCaseDependencies) -> None:
    policy = deps.reset_codes
    async with deps.unit_of_work() as uow:
        now = deps.clock()
        per_email, per_address = await uow.password_resets.lock_levels(email, address)
        waits = [
            wait
            for wait in (
                per_email.retry_after(now, policy.per_email),
                per_address.retry_after(now, policy.per_address),
            )
            if wait is not None
        ]
        if waits:
            log.warning("password_reset_requests_limited")
            raise ResetRequestsLimited(max(waits))
        await uow.password_resets.save_level("email", email, per_email.after_failure(now, policy.per_email))
        await uow.password_resets.save_level(
            "address", address, per_address.after_failure(now, policy.per_address)
        )
        await uow.commit()


async def reset_password(command: ResetPassword, deps: UseCaseDependencies) -> SignedIn:
    """Set a new password with the emailed code; signs the person in with a new session."""
    if deps.identity_provider is not None:
        raise not_supported_in_auth0_mode()
    try:
        email = normalise_email(command.email)
    except UsersError:
        raise reset_code_invalid() from None
    check_password_strength(command.new_password, email=email, field="newPassword")
    tried = await _spend_try(email, deps)
    right = await deps.hasher.verify(tried.code_hash if tried else None, normalised_code(command.code))
    if tried is None or not right:
        log.info("password_reset_code_wrong")
        raise reset_code_invalid()
    new_hash = await deps.hasher.hash(command.new_password)
    async with deps.unit_of_work() as uow:
        found = await uow.users.get_by_email(email)
        # The account's row, then the code's: the order sign-in and erasure lock in.
        account = await uow.users.get(found.id, for_update=True) if found else None
        current = await uow.password_resets.code(email, lock=True)
        if account is None or current is None or current.code_hash != tried.code_hash:
            raise reset_code_invalid()  # spent meanwhile by another reset, or replaced by a new one
        if not account.is_active:
            raise account_deactivated()
        await uow.password_resets.forget(email)
        await uow.users.set_password_hash(account.id, new_hash)
        await end_all_sessions(uow, deps, account.id, "password_changed")
        await uow.login_failures.forget(email)
        tokens = await issue_tokens(uow, deps, account)
        await uow.commit()
    log.info("password_reset", user_id=str(account.id))
    return SignedIn(account, tokens)


async def _spend_try(email: str, deps: UseCaseDependencies) -> StoredResetCode | None:
    """The email's live code with one of its tries spent; None when it has none."""
    async with deps.unit_of_work() as uow:
        stored = await uow.password_resets.code(email, lock=True)
        if stored is None:
            return None
        refusal = stored.refusal(deps.clock())
        if refusal is not None:
            raise refusal
        await uow.password_resets.spend_try(email)
        await uow.commit()
    return stored


def not_supported_in_auth0_mode() -> UsersError:
    return UsersError(
        UsersErrorCode.NOT_SUPPORTED_IN_AUTH0_MODE,
        "Passwords are kept by the sign-in provider: use the link in the email it sent.",
    )
