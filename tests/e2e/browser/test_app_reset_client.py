"""The app's own gateway client against the running platform (no browser): each browser session's
address reaches the users service, so one person's failed sign-ins do not lock out another address;
and a forgotten password is reset with the code the platform emails (to a local SMTP server)."""

from __future__ import annotations

import re
import secrets

import pytest
from eventxperts_app.api import GatewayClient
from eventxperts_app.api.models import Role
from eventxperts_app.features.account import gateway as account
from eventxperts_app.features.account.models import RegistrationForm

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, random_mobile

pytestmark = pytest.mark.slow

CODE_IN_MAIL = re.compile(r"^\s+(\d{8})\s*$", re.MULTILINE)


async def registered(client: GatewayClient, name: str) -> str:
    email = f"{name}-{secrets.token_hex(4)}@example.in"
    form = RegistrationForm(name.title(), email, random_mobile(), PASSWORD, Role.USER)
    assert (await account.register(client, form)).errors == ()
    return email


async def test_two_app_sessions_from_different_addresses_are_throttled_apart(
    platform_stack: RunningPlatform,
) -> None:
    shared = GatewayClient(platform_stack.gateway_url)
    stranger, owner = shared.for_client("198.51.100.23"), shared.for_client("203.0.113.45")
    email = await registered(owner, "owner")

    answers = [(await account.login(stranger, email, "guess-123456")).errors[0].code for _ in range(6)]

    assert answers == ["INVALID_CREDENTIALS"] * 5 + ["ACCOUNT_LOCKED"]
    assert (await account.login(stranger, email, PASSWORD)).errors[0].code == "ACCOUNT_LOCKED"
    assert (await account.login(owner, email, PASSWORD)).errors == ()
    await shared.aclose()


async def test_a_forgotten_password_is_reset_with_the_emailed_code(platform_stack: RunningPlatform) -> None:
    client = GatewayClient(platform_stack.gateway_url).for_client("192.0.2.77")
    email = await registered(client, "forgetful")

    asked = await account.request_password_reset(client, email)
    assert (asked.ok, asked.errors) == (True, ())
    (mail,) = platform_stack.smtp.wait_for(email)
    found = CODE_IN_MAIL.search(mail.text)
    assert found is not None
    reset = await account.reset_password(client, email, found.group(1), "new-password-42")

    assert reset.errors == ()
    assert reset.user is not None
    assert reset.user.email == email
    assert (await account.login(client, email, PASSWORD)).errors[0].code == "INVALID_CREDENTIALS"
    assert (await account.login(client, email, "new-password-42")).errors == ()
    again = await account.reset_password(client, email, found.group(1), "another-password-43")
    assert [e.code for e in again.errors] == ["RESET_CODE_INVALID"]
