"""Signing in (or up) with a code sent by SMS to a phone (docs/decisions/0041).

Asking answers the same for every valid number and does the same work: the request is counted
against the phone and the client address, a six-digit code is made, hashed and stored for the phone,
and sent after the answer (a number without an account may sign up with it). Signing in spends one
of the code's tries before checking it, checks it holding no connection or lock, and then, under the
account's row lock and the code's, spends the code: of two sign-ins with one code, one finds it gone.
A right code signs in the account whose phone was proven before; with none, it makes one (with the
name given, else NAME_REQUIRED and the code stays for the next try) whose phone is proven.
"""

from __future__ import annotations

import uuid

import structlog
import uuid6
from servicekit.client_address import address_block
from servicekit.errors import InputChecks

from users_service.domain.accounts import Profile, UserAccount
from users_service.domain.errors import PhoneCodeRequestsLimited, account_deactivated
from users_service.domain.indian_inputs import normalise_phone
from users_service.domain.language import DEFAULT_LANGUAGE, parse_language
from users_service.domain.names import normalise_name
from users_service.domain.phone_codes import (
    StoredPhoneCode,
    name_required,
    new_phone_code,
    phone_code_invalid,
)
from users_service.domain.reset_codes import normalised_code
from users_service.domain.roles import Role, parse_role, roles_at_registration
from users_service.service_layer import external_identity
from users_service.service_layer.commands import RequestPhoneCode, SignInWithPhone
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import user_registered
from users_service.service_layer.phone_code_sms import phone_code_sms
from users_service.service_layer.results import SignedIn
from users_service.service_layer.sessions import issue_tokens
from users_service.service_layer.unit_of_work import UsersUnitOfWork

log = structlog.get_logger()


async def request_phone_code(command: RequestPhoneCode, deps: UseCaseDependencies) -> None:
    """Text a sign-in code to the phone; the same answer whether or not it has an account."""
    phone = normalise_phone(command.phone)
    language = parse_language(command.language) if command.language else DEFAULT_LANGUAGE
    if deps.identity_provider is not None:
        await deps.identity_provider.start_phone_sign_in(phone)
        return
    await _count_request(phone, address_block(command.client_address), deps)
    code = new_phone_code()
    code_hash = await deps.hasher.hash(code)
    policy = deps.phone_codes
    async with deps.unit_of_work() as uow:
        expires_at = deps.clock() + policy.lifetime
        await uow.phone_codes.replace_code(phone, code_hash, expires_at=expires_at, tries=policy.tries)
        await uow.commit()
    if deps.sms is not None:
        minutes = int(policy.lifetime.total_seconds() // 60)
        deps.sms.submit(phone_code_sms(phone, code, minutes, language, deps.sms_template(language.value)))
    log.info("phone_code_requested")


async def _count_request(phone: str, address: str, deps: UseCaseDependencies) -> None:
    policy = deps.phone_codes
    async with deps.unit_of_work() as uow:
        now = deps.clock()
        per_phone, per_address = await uow.phone_codes.lock_levels(phone, address)
        waits = [
            wait
            for wait in (
                per_phone.retry_after(now, policy.per_phone),
                per_address.retry_after(now, policy.per_address),
            )
            if wait is not None
        ]
        if waits:
            log.warning("phone_code_requests_limited")
            raise PhoneCodeRequestsLimited(max(waits))
        await uow.phone_codes.save_level("phone", phone, per_phone.after_failure(now, policy.per_phone))
        await uow.phone_codes.save_level(
            "address", address, per_address.after_failure(now, policy.per_address)
        )
        await uow.commit()


async def sign_in_with_phone(command: SignInWithPhone, deps: UseCaseDependencies) -> SignedIn:
    """Sign in the account whose proven phone this is, or make one with the name given."""
    phone = normalise_phone(command.phone)
    newcomer = _newcomer(command, phone, deps)  # bad input spends no try
    if deps.identity_provider is not None:
        return await external_identity.phone_sign_in(phone, command.code, deps.identity_provider, deps)
    tried = await _spend_try(phone, deps)
    right = await deps.hasher.verify(tried.code_hash if tried else None, normalised_code(command.code))
    if tried is None or not right:
        log.info("phone_code_wrong")
        raise phone_code_invalid()
    async with deps.unit_of_work() as uow:
        account = await uow.users.get_by_verified_phone(phone, for_update=True)
        current = await uow.phone_codes.code(phone, lock=True)
        if current is None or current.code_hash != tried.code_hash:
            raise phone_code_invalid()  # spent meanwhile by another sign-in, or replaced by a new one
        if account is None:
            account = await _sign_up(uow, newcomer)
        elif not account.is_active:
            raise account_deactivated()
        await uow.phone_codes.forget(phone)
        tokens = await issue_tokens(uow, deps, account)
        await uow.commit()
    log.info("phone_sign_in", user_id=str(account.id))
    return SignedIn(account, tokens)


async def _sign_up(uow: UsersUnitOfWork, newcomer: UserAccount | None) -> UserAccount:
    if newcomer is None:
        raise name_required()  # the code is not spent: the same code with a name makes the account
    await uow.users.add(newcomer, password_hash=None)
    uow.publish(user_registered(newcomer))
    return newcomer


def _newcomer(command: SignInWithPhone, phone: str, deps: UseCaseDependencies) -> UserAccount | None:
    """The account a sign-up would make (every bad field reported at once); None without a name."""
    if command.name is None:
        return None
    checks = InputChecks()
    name = checks.check(lambda: normalise_name(command.name or ""))
    roles = checks.check(lambda: roles_at_registration(parse_role(command.role or Role.USER.value)))
    language = checks.check(
        lambda: parse_language(command.preferred_language) if command.preferred_language else None
    )
    checks.raise_failures()
    assert name is not None
    assert roles is not None
    user_id = uuid.UUID(str(uuid6.uuid7()))
    now = deps.clock()
    return UserAccount(
        id=user_id,
        email=phone_account_email(user_id),
        name=name,
        phone=phone,
        roles=roles,
        is_active=True,
        created_at=now,
        profile=Profile(preferred_language=language or DEFAULT_LANGUAGE),
        phone_verified_at=now,
    )


def phone_account_email(user_id: uuid.UUID) -> str:
    """An account made by phone has no email: a placeholder, unique, in a domain that cannot exist
    (`.invalid` addresses are refused at registration, so nobody can take it)."""
    return f"phone-{user_id}@phone.invalid"


async def _spend_try(phone: str, deps: UseCaseDependencies) -> StoredPhoneCode | None:
    """The phone's live code with one of its tries spent; None when it has none."""
    async with deps.unit_of_work() as uow:
        stored = await uow.phone_codes.code(phone, lock=True)
        if stored is None:
            return None
        refusal = stored.refusal(deps.clock())
        if refusal is not None:
            raise refusal
        await uow.phone_codes.spend_try(phone)
        await uow.commit()
    return stored
