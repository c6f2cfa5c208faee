"""The app's gateway client as a super admin uses it, against the running platform (no browser):
pages cover every match exactly once, the users service applies the role and active filters, and
its refusals come back as typed errors, never as exceptions."""

from __future__ import annotations

import secrets

import pytest
from eventxperts_app.api.models import Role
from eventxperts_app.features.account import gateway as account
from eventxperts_app.features.admin import gateway as admin_calls
from eventxperts_app.features.admin.models import UserFilter, UserPage

from .app_steps import PASSWORD
from .gateway_people import Admin, codes, register

pytestmark = pytest.mark.slow


async def users_page(admin: Admin, criteria: UserFilter, *, first: int, after: str | None) -> UserPage:
    return await admin.auth.call(
        lambda token: admin_calls.users(admin.client, token, criteria, first=first, after=after)
    )


async def test_pages_cover_every_match_exactly_once(admin: Admin) -> None:
    tag = f"paging-{secrets.token_hex(3)}"
    emails = sorted([f"{tag}-{n}@example.in" for n in range(5)])
    for email in emails:
        await register(admin.client, email)

    pages = [await users_page(admin, UserFilter(search=tag), first=2, after=None)]
    while (cursor := pages[-1].next_cursor) is not None:
        pages.append(await users_page(admin, UserFilter(search=tag), first=2, after=cursor))
    seen = [user.email for page in pages for user in page.items]
    sizes = [len(page.items) for page in pages]
    assert {page.total for page in pages} == {len(emails)}
    assert (sorted(seen), sizes) == (emails, [2, 2, 1])


async def test_role_and_active_filters_are_applied_by_the_service(admin: Admin) -> None:
    tag = f"filters-{secrets.token_hex(3)}"
    organizer = await register(admin.client, f"{tag}-organizer@example.in", Role.ORGANIZER)
    leaving = await register(admin.client, f"{tag}-leaving@example.in")
    staying = await register(admin.client, f"{tag}-staying@example.in")

    async def emails(criteria: UserFilter) -> set[str]:
        page = await admin.auth.call(lambda token: admin_calls.users(admin.client, token, criteria))
        return {user.email for user in page.items}

    deactivated = await admin.auth.call(
        lambda token: admin_calls.deactivate_user(admin.client, leaving.id, token)
    )
    assert (codes(deactivated), deactivated.user and deactivated.user.is_active) == ([], False)
    assert await emails(UserFilter(search=tag, role=Role.ORGANIZER)) == {organizer.email}
    assert await emails(UserFilter(search=tag, include_inactive=False)) == {organizer.email, staying.email}
    assert await emails(UserFilter(search=tag)) == {organizer.email, leaving.email, staying.email}


async def test_a_deactivated_person_cannot_sign_in_until_reactivated(admin: Admin) -> None:
    person = await register(admin.client, f"inactive-{secrets.token_hex(3)}@example.in")
    await admin.auth.call(lambda token: admin_calls.deactivate_user(admin.client, person.id, token))
    refused = await account.login(admin.client, person.email, PASSWORD)
    assert [error.code for error in refused.errors] == ["ACCOUNT_DEACTIVATED"]

    reactivated = await admin.auth.call(
        lambda token: admin_calls.reactivate_user(admin.client, person.id, token)
    )
    assert (codes(reactivated), reactivated.user and reactivated.user.is_active) == ([], True)
    assert (await account.login(admin.client, person.email, PASSWORD)).tokens is not None


async def test_refusals_are_typed_errors_and_change_nothing(admin: Admin) -> None:
    person = await register(admin.client, f"refused-{secrets.token_hex(3)}@example.in", Role.ORGANIZER)
    own_admin_role = await admin.auth.call(
        lambda token: admin_calls.revoke_role(admin.client, admin.me.id, Role.SUPER_ADMIN, token)
    )
    own_account = await admin.auth.call(
        lambda token: admin_calls.deactivate_user(admin.client, admin.me.id, token)
    )
    base_role = await admin.auth.call(
        lambda token: admin_calls.revoke_role(admin.client, person.id, Role.USER, token)
    )
    assert [codes(own_admin_role), codes(own_account), codes(base_role)] == [
        ["FORBIDDEN"],
        ["FORBIDDEN"],
        ["INVALID_ROLE"],
    ]
    me = await admin.auth.call(lambda token: account.me(admin.client, token))
    assert me is not None
    assert (me.is_active, Role.SUPER_ADMIN in me.roles) == (True, True)

    revoked = await admin.auth.call(
        lambda token: admin_calls.revoke_role(admin.client, person.id, Role.ORGANIZER, token)
    )
    assert revoked.user is not None
    assert (codes(revoked), revoked.user.roles) == ([], (Role.USER,))
