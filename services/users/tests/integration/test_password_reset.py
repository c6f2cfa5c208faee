"""Password reset by email on real PostgreSQL, with codes read from a real SMTP server on loopback."""

from __future__ import annotations

import dataclasses
import uuid
from contextlib import asynccontextmanager
from datetime import timedelta

import pytest
from mail.testing import LocalSmtpServer
from servicekit.testing import isolated_sessions
from sqlalchemy.ext.asyncio import AsyncEngine
from structlog.testing import capture_logs
from users_service.bootstrap import UsersServices, build_services
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service_layer.authentication import login, refresh
from users_service.service_layer.commands import Login, Register, ResetPassword
from users_service.service_layer.password_reset import reset_password
from users_service.service_layer.registration import register
from users_service.service_layer.results import SignedIn

from ..conftest import mailing_settings
from ..stepping_clock import SteppingClock
from .probing_hasher import ProbingHasher
from .reset_scenarios import ask_for_code, emailed_code
from .scenarios import PASSWORD, registered
from .test_session_revocation import session_of, sessions_revoked

NEW_PASSWORD = "tamarind7rice"


async def reset(services: UsersServices, email: str, code: str, new_password: str = NEW_PASSWORD) -> SignedIn:
    return await reset_password(ResetPassword(email, code, new_password), services.deps)


async def refused(services: UsersServices, email: str, code: str, new_password: str = NEW_PASSWORD) -> str:
    with pytest.raises(UsersError) as error:
        await reset(services, email, code, new_password)
    return error.value.code


async def test_the_code_arrives_in_the_language_the_person_chose(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    english = Register("Sita Devi", "sita@example.in", "9876543211", PASSWORD, "user", "en")
    await register(english, mailing_services.deps)
    await registered(mailing_services, email="ravi@example.in")  # Telugu, the default

    await ask_for_code(mailing_services, "Sita@Example.in")
    await ask_for_code(mailing_services, "ravi@example.in")

    (to_sita,) = smtp_server.wait_for("sita@example.in")
    assert to_sita.message["Subject"] == "Your EventXperts password reset code"
    assert "Hello Sita Devi" in to_sita.text
    assert "15 minutes" in to_sita.text
    (to_ravi,) = smtp_server.wait_for("ravi@example.in")
    assert to_ravi.message["Subject"] == "మీ EventXperts పాస్‌వర్డ్ రీసెట్ కోడ్"
    assert to_ravi.message["Content-Language"] == "te"


async def test_an_unknown_email_gets_the_same_answer_the_same_work_and_no_mail(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    await registered(mailing_services, email="known@example.in")
    hasher = ProbingHasher(mailing_services.deps.hasher)
    watched = dataclasses.replace(
        mailing_services, deps=dataclasses.replace(mailing_services.deps, hasher=hasher)
    )

    await ask_for_code(watched, "known@example.in")
    known_runs, hasher.runs = hasher.runs, 0
    await ask_for_code(watched, "nobody-here@example.in")  # no error either

    assert (known_runs, hasher.runs) == (1, 1)
    smtp_server.wait_for("known@example.in")
    assert not [m for m in smtp_server.received if "nobody-here@example.in" in m.recipients]
    # And what follows cannot tell them apart: the unknown email has a code too, which nobody has.
    assert await refused(mailing_services, "nobody-here@example.in", "12345678") == "RESET_CODE_INVALID"


async def test_a_reset_sets_the_password_ends_every_session_and_signs_in_anew(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    email = "lakshmi@example.in"
    first = await registered(mailing_services, email=email)
    code = await emailed_code(mailing_services, smtp_server, email)

    signed_in = await reset(mailing_services, email, f"{code[:4]} {code[4:]}")  # typed with a space

    assert signed_in.user.id == first.user.id
    with pytest.raises(UsersError) as old_session:
        await refresh(first.tokens.refresh_token, mailing_services.deps)
    assert old_session.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
    await refresh(signed_in.tokens.refresh_token, mailing_services.deps)
    with pytest.raises(UsersError) as old_password:
        await login(Login(email, PASSWORD), mailing_services.deps)
    assert old_password.value.code == UsersErrorCode.INVALID_CREDENTIALS
    await login(Login(email, NEW_PASSWORD), mailing_services.deps)
    revoked = await sessions_revoked(mailing_services, first.user.id)
    assert [(event["key"], event["reason"]) for event in revoked] == [
        (session_of(first.tokens.access_token), "password_changed")
    ]


async def test_a_code_works_once(mailing_services: UsersServices, smtp_server: LocalSmtpServer) -> None:
    await registered(mailing_services, email="once@example.in")
    code = await emailed_code(mailing_services, smtp_server, "once@example.in")
    await reset(mailing_services, "once@example.in", code)
    assert (
        await refused(mailing_services, "once@example.in", code, "another9password") == "RESET_CODE_INVALID"
    )


async def test_a_code_expires_after_fifteen_minutes(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer, clock: SteppingClock
) -> None:
    await registered(mailing_services, email="late@example.in")
    code = await emailed_code(mailing_services, smtp_server, "late@example.in")
    clock.advance(timedelta(minutes=15))
    assert await refused(mailing_services, "late@example.in", code) == "RESET_CODE_EXPIRED"


async def test_five_wrong_codes_use_the_code_up_even_for_the_right_one_after(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    await registered(mailing_services, email="guess@example.in")
    code = await emailed_code(mailing_services, smtp_server, "guess@example.in")
    wrong = f"{(int(code) + 1) % 10**8:08d}"
    answers = [await refused(mailing_services, "guess@example.in", wrong) for _ in range(5)]
    assert answers == ["RESET_CODE_INVALID"] * 5
    assert await refused(mailing_services, "guess@example.in", code) == "RESET_CODE_USED_UP"


async def test_a_new_code_replaces_the_one_before(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    await registered(mailing_services, email="twice@example.in")
    older = await emailed_code(mailing_services, smtp_server, "twice@example.in")
    newer = await emailed_code(mailing_services, smtp_server, "twice@example.in")
    if older != newer:
        assert await refused(mailing_services, "twice@example.in", older) == "RESET_CODE_INVALID"
    await reset(mailing_services, "twice@example.in", newer)


async def test_a_weak_new_password_is_refused_without_spending_a_try(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    await registered(mailing_services, email="weak@example.in")
    code = await emailed_code(mailing_services, smtp_server, "weak@example.in")
    for _ in range(6):
        assert await refused(mailing_services, "weak@example.in", code, "short1") == "WEAK_PASSWORD"
    await reset(mailing_services, "weak@example.in", code)


async def test_a_reset_lifts_the_sign_in_wait_on_the_account(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    email = "locked@example.in"
    await registered(mailing_services, email=email)
    for _ in range(6):
        with pytest.raises(UsersError):
            await login(Login(email, "not-my-password1", "198.51.100.9"), mailing_services.deps)
    with pytest.raises(UsersError) as locked:
        await login(Login(email, PASSWORD, "198.51.100.9"), mailing_services.deps)
    assert locked.value.code == UsersErrorCode.ACCOUNT_LOCKED

    await reset(mailing_services, email, await emailed_code(mailing_services, smtp_server, email))

    await login(Login(email, NEW_PASSWORD, "198.51.100.9"), mailing_services.deps)


async def test_codes_asked_for_are_limited_per_email_known_or_not(mailing_services: UsersServices) -> None:
    await registered(mailing_services, email="often@example.in")
    for email in ("often@example.in", "never-registered@example.in"):
        for attempt in range(5):
            await ask_for_code(mailing_services, email, client_address=f"192.0.2.{attempt}")
        with pytest.raises(UsersError) as limited:
            await ask_for_code(mailing_services, email, client_address="192.0.2.99")
        assert limited.value.code == UsersErrorCode.RESET_REQUESTS_LIMITED
        assert "Try again in 12 minutes" in limited.value.message


async def test_codes_asked_for_are_limited_per_client_address_across_emails(
    service_engine: AsyncEngine, smtp_server: LocalSmtpServer, clock: SteppingClock
) -> None:
    settings = mailing_settings(smtp_server, reset_requests_per_address_per_hour=3)
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        strict = build_services(settings, service_engine, sessions=sessions, clock=clock)
        for n in range(3):
            await ask_for_code(strict, f"person{n}@example.in", client_address="2001:db8:1:2::5")
        with pytest.raises(UsersError) as limited:
            await ask_for_code(strict, "person9@example.in", client_address="2001:db8:1:2::77")  # same /64
        assert limited.value.code == UsersErrorCode.RESET_REQUESTS_LIMITED
        await ask_for_code(strict, "person9@example.in", client_address="2001:db8:1:3::5")


async def test_neither_code_nor_passwords_reach_the_logs(
    mailing_services: UsersServices, smtp_server: LocalSmtpServer
) -> None:
    email = f"quiet-{uuid.uuid4().hex[:6]}@example.in"
    await registered(mailing_services, email=email)
    with capture_logs() as logs:
        code = await emailed_code(mailing_services, smtp_server, email)
        await refused(mailing_services, email, f"{(int(code) + 3) % 10**8:08d}")
        await reset(mailing_services, email, code)
    printed = repr(logs)
    for secret in (code, NEW_PASSWORD, email):
        assert secret not in printed
    assert {entry["event"] for entry in logs} >= {"password_reset_requested", "mail_sent", "password_reset"}
