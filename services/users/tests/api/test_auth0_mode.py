"""AUTH_PROVIDER=auth0: tokens from the tenant are accepted with their roles claim; registration,
role changes and deactivation go through the Management API (a loopback stand-in here)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from servicekit.service import create_app
from servicekit.testing import isolated_sessions
from servicekit.testing.service import gateway_headers
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.adapters.auth0_management import Auth0IdentityProvider
from users_service.bootstrap import build_services
from users_service.service import SERVICE

from ..auth0_stand_in import ROLE_IDS, Tenant, TenantUser, serve_tenant
from ..conftest import cheap_settings
from .graphql_client import GRANT_ROLE, LOGIN, ME, REFRESH, REGISTER, graphql_data, post_graphql

AUDIENCE = "https://api.eventxperts.test"


@pytest.fixture(scope="module")
def tenant() -> Iterator[tuple[Tenant, str]]:
    tenant = Tenant(
        domain="eventxperts.auth0.test",
        audience=AUDIENCE,
        client_id="client-1",
        client_secret="client-secret-1",
    )
    with serve_tenant(tenant) as base_url:
        yield tenant, base_url


@pytest.fixture
async def auth0_client(
    tenant: tuple[Tenant, str], service_engine: AsyncEngine
) -> AsyncIterator[httpx.AsyncClient]:
    state, base_url = tenant
    state.users.clear()
    settings = cheap_settings(
        auth_provider="auth0",
        auth0_domain=state.domain,
        auth0_audience=AUDIENCE,
        auth0_client_id=state.client_id,
        auth0_client_secret=state.client_secret,
        auth0_management_api_url=base_url,
        auth_jwks_url=f"{base_url}/.well-known/jwks.json",
    )
    async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
        provider = Auth0IdentityProvider(settings)
        services = build_services(settings, service_engine, sessions=sessions, identity_provider=provider)
        transport = httpx.ASGITransport(app=create_app(SERVICE, settings, services=services))
        headers = gateway_headers(settings)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://users.test", headers=headers
        ) as client:
            yield client
        await provider.aclose()


def person(email: str, role: str = "ORGANIZER") -> dict[str, str]:
    return {"name": "Ravi", "email": email, "phone": "9876543210", "password": "mangoes4sale", "role": role}


async def test_registration_creates_the_auth0_user_with_its_roles_and_signs_in_with_its_token(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    answer = await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    registered = answer["register"]
    assert registered["errors"] == []
    tenant_user = state.by_email("ravi@example.in")
    assert tenant_user is not None
    assert tenant_user.user_id == f"auth0|{registered['user']['id']}"
    assert tenant_user.roles == {"user", "organizer"}

    token = registered["tokens"]["accessToken"]
    assert jwt.decode(token, options={"verify_signature": False})["iss"] == (
        "https://eventxperts.auth0.test/"
    )
    me = (await graphql_data(auth0_client, ME, token=token))["me"]
    assert me["id"] == registered["user"]["id"]


async def test_a_super_admin_from_auth0_grants_a_role_through_the_management_api(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    ravi = await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    await graphql_data(auth0_client, REGISTER, {"input": person("owner@example.in", "USER")})
    owner = state.by_email("owner@example.in")
    assert owner is not None
    owner.roles.add("super_admin")  # super_admin comes from Auth0, as the architecture says
    login = (
        await graphql_data(
            auth0_client, LOGIN, {"input": {"email": "owner@example.in", "password": "mangoes4sale"}}
        )
    )["login"]

    granted = (
        await graphql_data(
            auth0_client,
            GRANT_ROLE,
            {"userId": ravi["register"]["user"]["id"], "role": "STORE_OWNER"},
            token=login["tokens"]["accessToken"],
        )
    )["grantRole"]

    assert granted["errors"] == []
    assert sorted(granted["user"]["roles"]) == ["ORGANIZER", "STORE_OWNER", "USER"]
    ravi_external = f"auth0|{ravi['register']['user']['id']}"
    assert (
        "POST",
        f"/api/v2/users/{ravi_external}/roles",
        {"roles": [ROLE_IDS["store_owner"]]},
    ) in state.calls


async def test_wrong_password_refresh_and_logout_map_to_our_codes(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    registered = (await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")}))[
        "register"
    ]
    wrong = (
        await graphql_data(
            auth0_client, LOGIN, {"input": {"email": "ravi@example.in", "password": "notmypassword1"}}
        )
    )["login"]
    assert [e["code"] for e in wrong["errors"]] == ["INVALID_CREDENTIALS"]

    refresh = registered["tokens"]["refreshToken"]
    rotated = (await graphql_data(auth0_client, REFRESH, {"token": refresh}))["refreshToken"]
    assert rotated["errors"] == []
    assert rotated["user"]["id"] == registered["user"]["id"]
    spent = (await graphql_data(auth0_client, REFRESH, {"token": refresh}))["refreshToken"]
    assert [e["code"] for e in spent["errors"]] == ["INVALID_REFRESH_TOKEN"]


async def test_five_passwords_the_tenant_refuses_lock_even_the_right_one(
    auth0_client: httpx.AsyncClient,
) -> None:
    """The lockout is ours in Auth0 mode too: it counts per address, whoever checks the password."""
    await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    for _ in range(5):
        wrong = (
            await graphql_data(
                auth0_client, LOGIN, {"input": {"email": "ravi@example.in", "password": "notmypassword1"}}
            )
        )["login"]
        assert [e["code"] for e in wrong["errors"]] == ["INVALID_CREDENTIALS"]
    right = (
        await graphql_data(
            auth0_client,
            LOGIN,
            {"input": {"email": "ravi@example.in", "password": person("ravi@example.in")["password"]}},
        )
    )["login"]
    assert [e["code"] for e in right["errors"]] == ["ACCOUNT_LOCKED"]
    assert right["tokens"] is None


async def test_an_email_the_tenant_already_has_is_email_taken(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    state.users["auth0|elsewhere"] = TenantUser("auth0|elsewhere", "ravi@example.in", "x")
    answer = await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    assert [e["code"] for e in answer["register"]["errors"]] == ["EMAIL_TAKEN"]


async def test_tokens_not_signed_by_the_tenant_get_401(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged_tenant = Tenant(
        domain=state.domain, audience=AUDIENCE, client_id="x", client_secret="y", signing_key=stranger
    )
    await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    user = state.by_email("ravi@example.in")
    assert user is not None
    response = await post_graphql(auth0_client, ME, token=forged_tenant.access_token(user))
    assert response.status_code == 401


async def test_a_registration_that_fails_half_way_leaves_no_user_in_the_tenant(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    state.failing_role_changes = True
    try:
        failed = await post_graphql(auth0_client, REGISTER, {"input": person("sita@example.in")})
    finally:
        state.failing_role_changes = False
    assert failed.status_code == 200
    assert failed.json()["errors"][0]["message"] == "Something went wrong."
    assert state.by_email("sita@example.in") is None

    retried = await graphql_data(auth0_client, REGISTER, {"input": person("sita@example.in")})
    assert retried["register"]["errors"] == []
    assert state.by_email("sita@example.in") is not None


CHANGE_PASSWORD = """
mutation Change($input: ChangePasswordInput!) {
  changePassword(input: $input) { user { id } errors { code field message } }
}"""


async def test_the_tenants_password_policy_refusing_a_password_is_weak_password_and_keeps_nothing(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    state.password_min_length = 16  # stricter than our own rules, as an "excellent" policy can be
    try:
        refused = await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
        assert [(e["code"], e["field"]) for e in refused["register"]["errors"]] == [
            ("WEAK_PASSWORD", "password")
        ]
        assert state.by_email("ravi@example.in") is None
        login = await graphql_data(
            auth0_client, LOGIN, {"input": {"email": "ravi@example.in", "password": "mangoes4sale"}}
        )
        assert [e["code"] for e in login["login"]["errors"]] == ["INVALID_CREDENTIALS"]

        strong = {**person("ravi@example.in"), "password": "mangoes4sale-and-jaggery"}
        registered = (await graphql_data(auth0_client, REGISTER, {"input": strong}))["register"]
        assert registered["errors"] == []
        change = {"currentPassword": strong["password"], "newPassword": "jaggery4sale"}
        changed = (
            await graphql_data(
                auth0_client, CHANGE_PASSWORD, {"input": change}, token=registered["tokens"]["accessToken"]
            )
        )["changePassword"]
        assert [(e["code"], e["field"]) for e in changed["errors"]] == [("WEAK_PASSWORD", "newPassword")]
        tenant_user = state.by_email("ravi@example.in")
        assert tenant_user is not None
        assert tenant_user.password == strong["password"]
    finally:
        state.password_min_length = 0


ERASE_MY_ACCOUNT = "mutation($p: String!) { eraseMyAccount(password: $p) { ok errors { code field } } }"


async def test_erasing_ones_account_through_the_api_keeps_the_tenant_user_for_the_cleanup(
    auth0_client: httpx.AsyncClient,
    tenant: tuple[Tenant, str],
) -> None:
    state, _ = tenant
    registered = await graphql_data(auth0_client, REGISTER, {"input": person("ravi@example.in")})
    token = registered["register"]["tokens"]["accessToken"]
    wrong = await graphql_data(auth0_client, ERASE_MY_ACCOUNT, {"p": "not-my-password1"}, token=token)
    assert wrong["eraseMyAccount"] == {
        "ok": False,
        "errors": [{"code": "WRONG_PASSWORD", "field": "password"}],
    }
    assert state.by_email("ravi@example.in") is not None

    erased = await graphql_data(auth0_client, ERASE_MY_ACCOUNT, {"p": "mangoes4sale"}, token=token)
    assert erased["eraseMyAccount"] == {"ok": True, "errors": []}
    # Deleted at the tenant only once the erasure committed, by the identity cleanup consumer.
    assert state.by_email("ravi@example.in") is not None
    assert (await graphql_data(auth0_client, ME, token=token))["me"] is None


SETTINGS_CONNECTION = "Username-Password-Authentication"
RESET_REQUEST = "mutation($email: String!) { requestPasswordReset(email: $email) { ok errors { code } } }"
RESET = (
    "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { tokens { accessToken } "
    "errors { code } } }"
)


async def test_a_password_reset_is_auth0s_email_and_a_code_is_not_ours_to_check(
    auth0_client: httpx.AsyncClient, tenant: tuple[Tenant, str]
) -> None:
    state, _ = tenant
    asked = await graphql_data(auth0_client, RESET_REQUEST, {"email": "Ravi@Example.in"})
    assert asked["requestPasswordReset"] == {"ok": True, "errors": []}
    assert (
        "POST",
        "/dbconnections/change_password",
        {
            "client_id": state.client_id,
            "email": "ravi@example.in",
            "connection": "Username-Password-Authentication",
        },
    ) in state.calls
    reset_input = {"email": "ravi@example.in", "code": "12345678", "newPassword": "tamarind7rice"}
    answered = (await graphql_data(auth0_client, RESET, {"input": reset_input}))["resetPassword"]
    assert answered == {"tokens": None, "errors": [{"code": "NOT_SUPPORTED_IN_AUTH0_MODE"}]}


PHONE_CODE = "mutation($phone: String!) { requestPhoneCode(phone: $phone) { ok errors { code } } }"
PHONE_SIGN_IN = (
    "mutation($input: PhoneSignInInput!) { signInWithPhone(input: $input) { user { id } "
    "tokens { accessToken } errors { code field } } }"
)


async def test_phone_sign_in_is_the_tenants_passwordless_sms_for_a_linked_account_only(
    auth0_client: httpx.AsyncClient, tenant: tuple[Tenant, str]
) -> None:
    state, _ = tenant
    made = await graphql_data(auth0_client, REGISTER, {"input": person("linked@example.in")})
    user_id = made["register"]["user"]["id"]
    assert (await graphql_data(auth0_client, PHONE_CODE, {"phone": "98480 22338"}))["requestPhoneCode"]["ok"]
    start = next(body for method, path, body in state.calls if path == "/passwordless/start")
    assert (start["connection"], start["phone_number"], start["send"]) == ("sms", "+919848022338", "code")

    wrong = {"phone": "+919848022338", "code": "not-it"}
    answered = (await graphql_data(auth0_client, PHONE_SIGN_IN, {"input": wrong}))["signInWithPhone"]
    assert answered["errors"] == [{"code": "PHONE_CODE_INVALID", "field": "code"}]

    # Not linked to a database user: the tenant's own passwordless user, whom we have no account for.
    await graphql_data(auth0_client, PHONE_CODE, {"phone": "+919848022338"})
    unlinked = {"phone": "+919848022338", "code": state.sms_codes["+919848022338"]}
    answered = (await graphql_data(auth0_client, PHONE_SIGN_IN, {"input": unlinked}))["signInWithPhone"]
    assert answered["errors"] == [{"code": "NOT_SUPPORTED_IN_AUTH0_MODE", "field": "phone"}]

    state.linked_phones["+919848022338"] = {f"auth0|{user_id}"}
    await graphql_data(auth0_client, PHONE_CODE, {"phone": "+919848022338"})
    linked = {"phone": "+919848022338", "code": state.sms_codes["+919848022338"]}
    answered = (await graphql_data(auth0_client, PHONE_SIGN_IN, {"input": linked}))["signInWithPhone"]
    assert answered["errors"] == []
    assert answered["user"]["id"] == user_id
    assert jwt.decode(answered["tokens"]["accessToken"], options={"verify_signature": False})["sub"] == (
        f"auth0|{user_id}"
    )
