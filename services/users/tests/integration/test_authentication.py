"""Login, lockout, refresh rotation, reuse detection and logout against real PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import jwt
import pytest
from servicekit.auth import ROLES_CLAIM
from users_service.bootstrap import UsersServices
from users_service.domain.errors import AccountLocked, UsersError, UsersErrorCode
from users_service.domain.lockout import RatePolicy
from users_service.service_layer.authentication import login, logout, refresh
from users_service.service_layer.commands import Login

from ..stepping_clock import SteppingClock
from .scenarios import PASSWORD, registered

STRANGER, OWNER = "203.0.113.66", "198.51.100.7"


async def failed_login(
    services: UsersServices, email: str, password: str, *, address: str = OWNER
) -> UsersErrorCode:
    with pytest.raises(UsersError) as raised:
        await login(Login(email=email, password=password, client_address=address), services.deps)
    return UsersErrorCode(raised.value.code)


async def lock_of(services: UsersServices, email: str, *, address: str = OWNER) -> AccountLocked:
    with pytest.raises(AccountLocked) as raised:
        await login(Login(email=email, password=PASSWORD, client_address=address), services.deps)
    return raised.value


async def test_login_issues_an_rs256_token_with_the_agreed_claims(services: UsersServices) -> None:
    account = (await registered(services)).user
    signed_in = await login(Login(email=" RAVI@example.in", password=PASSWORD), services.deps)

    header = jwt.get_unverified_header(signed_in.tokens.access_token)
    claims = jwt.decode(signed_in.tokens.access_token, options={"verify_signature": False})
    assert header["alg"] == "RS256"
    assert claims["sub"] == str(account.id)
    assert claims[ROLES_CLAIM] == ["organizer", "user"]
    assert claims["iss"] == "http://users.test"
    assert claims["aud"] == "eventxperts"
    assert claims["exp"] - claims["iat"] == 15 * 60
    assert claims["jti"]
    assert signed_in.tokens.expires_in == 900


async def test_a_wrong_password_and_an_unknown_email_get_the_same_answer(
    services: UsersServices,
) -> None:
    await registered(services)
    wrong_password = await failed_login(services, "ravi@example.in", "notmypassword1")
    unknown_email = await failed_login(services, "nobody@example.in", PASSWORD)
    malformed_email = await failed_login(services, "not an email", PASSWORD)
    assert wrong_password == unknown_email == malformed_email == UsersErrorCode.INVALID_CREDENTIALS


async def test_five_wrong_passwords_lock_even_the_right_one_until_the_lock_expires(
    services: UsersServices, clock: SteppingClock
) -> None:
    await registered(services)
    for _ in range(5):
        assert await failed_login(services, "ravi@example.in", "wrongpassword1") == (
            UsersErrorCode.INVALID_CREDENTIALS
        )
    assert await failed_login(services, "ravi@example.in", PASSWORD) == UsersErrorCode.ACCOUNT_LOCKED
    clock.advance(timedelta(minutes=15))
    assert (await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)).user


async def test_unknown_emails_lock_the_same_way_so_a_lock_reveals_nothing(
    services: UsersServices,
) -> None:
    for _ in range(5):
        await failed_login(services, "nobody@example.in", PASSWORD)
    assert await failed_login(services, "nobody@example.in", PASSWORD) == UsersErrorCode.ACCOUNT_LOCKED


async def test_a_strangers_failures_from_another_address_do_not_keep_the_owner_out(
    services: UsersServices,
) -> None:
    await registered(services)
    for _ in range(10):
        await failed_login(services, "ravi@example.in", "wrongpassword1", address=STRANGER)
    assert await failed_login(services, "ravi@example.in", PASSWORD, address=STRANGER) == (
        UsersErrorCode.ACCOUNT_LOCKED
    )
    owner = Login(email="ravi@example.in", password=PASSWORD, client_address=OWNER)
    assert (await login(owner, services.deps)).user


async def test_one_address_failing_on_many_accounts_waits_for_every_account(services: UsersServices) -> None:
    throttle = services.deps.throttle
    per_address = RatePolicy(failures=3, period=timedelta(minutes=3))
    services = dataclasses.replace(
        services,
        deps=dataclasses.replace(
            services.deps, throttle=dataclasses.replace(throttle, per_address=per_address)
        ),
    )
    await registered(services)
    for i in range(3):
        await failed_login(services, f"nobody{i}@example.in", PASSWORD, address=STRANGER)
    assert (await lock_of(services, "ravi@example.in", address=STRANGER)).retry_after_seconds == 60
    assert (
        await login(Login(email="ravi@example.in", password=PASSWORD, client_address=OWNER), services.deps)
    ).user


async def test_a_locked_answer_says_how_long_and_each_further_failure_doubles_the_wait(
    services: UsersServices, clock: SteppingClock
) -> None:
    await registered(services)
    for _ in range(5):
        await failed_login(services, "ravi@example.in", "wrongpassword1")
    first = await lock_of(services, "ravi@example.in")
    assert (first.retry_after_seconds, first.message) == (
        60,
        "Too many failed sign-ins. Try again in 1 minute.",
    )
    clock.advance(timedelta(minutes=1))
    assert (
        await failed_login(services, "ravi@example.in", "wrongpassword1")
        == UsersErrorCode.INVALID_CREDENTIALS
    )
    second = await lock_of(services, "ravi@example.in")
    assert (second.retry_after_seconds, second.message) == (
        120,
        "Too many failed sign-ins. Try again in 2 minutes.",
    )


async def test_signing_in_forgets_the_failures_counted_from_the_same_address(services: UsersServices) -> None:
    await registered(services)
    for _ in range(2):
        for _ in range(4):
            await failed_login(services, "ravi@example.in", "wrongpassword1")
        owner = Login(email="ravi@example.in", password=PASSWORD, client_address=OWNER)
        assert (await login(owner, services.deps)).user


async def test_refresh_rotates_and_reusing_the_old_token_revokes_the_whole_family(
    services: UsersServices,
) -> None:
    first = (await registered(services)).tokens
    second = (await refresh(first.refresh_token, services.deps)).tokens
    assert second.refresh_token != first.refresh_token

    with pytest.raises(UsersError) as reused:
        await refresh(first.refresh_token, services.deps)
    assert reused.value.code == UsersErrorCode.REFRESH_TOKEN_REUSED
    with pytest.raises(UsersError) as revoked:
        await refresh(second.refresh_token, services.deps)
    assert revoked.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN


async def test_another_sign_in_is_a_separate_family_and_survives_the_revocation(
    services: UsersServices,
) -> None:
    phone_tokens = (await registered(services)).tokens
    laptop = await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)
    await refresh(phone_tokens.refresh_token, services.deps)
    with pytest.raises(UsersError):
        await refresh(phone_tokens.refresh_token, services.deps)
    assert (await refresh(laptop.tokens.refresh_token, services.deps)).user


async def test_expired_unknown_and_logged_out_refresh_tokens_are_invalid(
    services: UsersServices, clock: SteppingClock
) -> None:
    tokens = (await registered(services)).tokens
    for token in ("made-up", ""):
        with pytest.raises(UsersError) as unknown:
            await refresh(token, services.deps)
        assert unknown.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN

    await logout(tokens.refresh_token, services.deps)
    with pytest.raises(UsersError) as logged_out:
        await refresh(tokens.refresh_token, services.deps)
    assert logged_out.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN

    later = await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)
    clock.advance(timedelta(days=30))
    with pytest.raises(UsersError) as expired:
        await refresh(later.tokens.refresh_token, services.deps)
    assert expired.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
