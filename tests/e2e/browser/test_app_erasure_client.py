"""Erasure through the app's own gateway client against the running platform (no browser): the
person's password is checked, an erased account can no longer sign in or refresh, its address can
register again, and a super admin's erasure answers the emptied account, after which nothing more
can be done to it (typed ACCOUNT_ERASED refusals), and never on themselves."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

import pytest
from eventxperts_app.api import AuthSession, GatewayClient, session_calls
from eventxperts_app.api.models import ApiError, Role
from eventxperts_app.features.account import gateway as account
from eventxperts_app.features.admin import gateway as admin_calls
from eventxperts_app.features.admin.models import UserFilter

from ..conftest import RunningPlatform
from .app_steps import PASSWORD
from .gateway_people import Admin, codes, register

pytestmark = pytest.mark.slow


def codes_of(errors: tuple[ApiError, ...]) -> list[str]:
    return [error.code for error in errors]


@pytest.fixture
async def client(platform_stack: RunningPlatform) -> AsyncIterator[GatewayClient]:
    gateway = GatewayClient(platform_stack.gateway_url)
    yield gateway
    await gateway.aclose()


async def test_a_person_erases_their_account_with_their_password(client: GatewayClient) -> None:
    email = f"leaving-{secrets.token_hex(3)}@example.in"
    await register(client, email)
    auth = AuthSession(client)
    auth.start(await account.login(client, email, PASSWORD))
    assert auth.tokens is not None
    old_refresh_token = auth.tokens.refresh_token

    wrong = await auth.call(lambda token: account.erase_my_account(client, "not-my-password-2026", token))
    assert (wrong.ok, [(e.code, e.field) for e in wrong.errors]) == (False, [("WRONG_PASSWORD", "password")])
    still_there = await auth.call(lambda token: account.me(client, token))
    assert still_there is not None
    assert still_there.email == email

    erased = await auth.call(lambda token: account.erase_my_account(client, PASSWORD, token))
    assert (erased.ok, erased.errors) == (True, ())
    assert codes_of((await account.login(client, email, PASSWORD)).errors) == ["INVALID_CREDENTIALS"]
    assert (await session_calls.refresh_token(client, old_refresh_token)).tokens is None
    again = await register(client, email)
    assert again.email == email  # the address is free: nothing of the old account holds it


async def test_a_super_admin_erases_someone_who_then_cannot_be_changed(admin: Admin) -> None:
    person = await register(admin.client, f"erase-me-{secrets.token_hex(3)}@example.in", Role.ORGANIZER)
    result = await admin.auth.call(lambda token: admin_calls.erase_user(admin.client, person.id, token))
    assert codes(result) == []
    erased = result.user
    assert erased is not None
    assert erased.erased_at is not None
    assert erased.erased_at.utcoffset() is not None
    kept = (erased.id, erased.name, erased.phone, erased.roles, erased.is_active)
    assert kept == (person.id, "", "", (), False)
    assert erased.email == f"erased-{person.id}@erased.invalid"

    listed = await admin.auth.call(
        lambda token: admin_calls.users(admin.client, token, UserFilter(search=erased.email))
    )
    assert [(u.id, u.erased_at) for u in listed.items] == [(person.id, erased.erased_at)]

    refusals = [
        await admin.auth.call(lambda token: admin_calls.erase_user(admin.client, person.id, token)),
        await admin.auth.call(lambda token: admin_calls.reactivate_user(admin.client, person.id, token)),
        await admin.auth.call(
            lambda token: admin_calls.grant_role(admin.client, person.id, Role.STORE_OWNER, token)
        ),
    ]
    assert [codes(r) for r in refusals] == [["ACCOUNT_ERASED"]] * 3
    assert [r.user for r in refusals] == [None] * 3


async def test_a_super_admin_cannot_erase_themselves_as_an_admin(admin: Admin) -> None:
    refused = await admin.auth.call(lambda token: admin_calls.erase_user(admin.client, admin.me.id, token))
    assert codes(refused) == ["FORBIDDEN"]
    me = await admin.auth.call(lambda token: account.me(admin.client, token))
    assert me is not None
    assert (me.is_erased, me.is_active) == (False, True)
