"""A person's first day, through the gateway only: register, log in, see themselves, get a role from
the super admin, refresh, and an old refresh token replayed by a thief revokes the whole family."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from servicekit.registry import load_registry

from .conftest import RunningPlatform
from .operator import create_super_admin

pytestmark = pytest.mark.slow

AUTH_FIELDS = "user { id email roles } tokens { accessToken refreshToken } errors { code field message }"
REGISTER = f"mutation($i: RegisterInput!) {{ register(input: $i) {{ {AUTH_FIELDS} }} }}"
LOGIN = f"mutation($i: LoginInput!) {{ login(input: $i) {{ {AUTH_FIELDS} }} }}"
REFRESH = f"mutation($t: String!) {{ refreshToken(refreshToken: $t) {{ {AUTH_FIELDS} }} }}"
ME = "query { me { id email name phone roles } }"
GRANT = (
    "mutation($u: ID!, $r: Role!) { grantRole(userId: $u, role: $r) "
    "{ user { id roles } errors { code field message } } }"
)


class Gateway:
    def __init__(self, url: str) -> None:
        self.url = url

    def call(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        token: str | None = None,
        request_id: str | None = None,
    ) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        if request_id:
            headers["x-request-id"] = request_id
        return httpx.post(
            self.url, json={"query": query, "variables": variables or {}}, headers=headers, timeout=30
        )

    def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        response = self.call(query, variables, token)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        return dict(body["data"])


@pytest.fixture(scope="module")
def gateway(platform_stack: RunningPlatform) -> Gateway:
    return Gateway(platform_stack.gateway_url)


def test_register_login_grant_refresh_and_replay_revokes_the_family(
    gateway: Gateway, platform_stack: RunningPlatform
) -> None:
    email = f"lakshmi.{uuid.uuid4().hex[:6]}@example.in"
    registered = gateway.data(
        REGISTER,
        {
            "i": {
                "name": "Lakshmi Decorators",
                "email": email,
                "phone": "98765 43210",
                "password": "Kalyanam2026",
                "role": "ORGANIZER",
            }
        },
    )["register"]
    assert registered["errors"] == []
    assert set(registered["user"]["roles"]) == {"USER", "ORGANIZER"}  # everyone is a user

    login = gateway.data(LOGIN, {"i": {"email": email, "password": "Kalyanam2026"}})["login"]
    assert login["errors"] == []
    access, first_refresh = login["tokens"]["accessToken"], login["tokens"]["refreshToken"]
    me = gateway.data(ME, token=access)["me"]
    assert me["email"] == email
    assert me["phone"] == "+919876543210"

    admin_email = f"admin.{uuid.uuid4().hex[:6]}@eventxperts.app"
    create_super_admin(platform_stack, admin_email, "AdminPassword2026")
    admin = gateway.data(LOGIN, {"i": {"email": admin_email, "password": "AdminPassword2026"}})["login"]
    assert "SUPER_ADMIN" in admin["user"]["roles"]
    granted = gateway.data(GRANT, {"u": me["id"], "r": "STORE_OWNER"}, token=admin["tokens"]["accessToken"])[
        "grantRole"
    ]
    assert granted["errors"] == []
    assert set(granted["user"]["roles"]) == {"USER", "ORGANIZER", "STORE_OWNER"}

    refreshed = gateway.data(REFRESH, {"t": first_refresh})["refreshToken"]
    assert refreshed["errors"] == []
    second_refresh = refreshed["tokens"]["refreshToken"]
    assert second_refresh != first_refresh
    me_again = gateway.data(ME, token=refreshed["tokens"]["accessToken"])["me"]
    assert set(me_again["roles"]) == {"USER", "ORGANIZER", "STORE_OWNER"}

    replayed = gateway.data(REFRESH, {"t": first_refresh})["refreshToken"]
    assert [e["code"] for e in replayed["errors"]] == ["REFRESH_TOKEN_REUSED"]
    assert replayed["tokens"] is None
    after_revocation = gateway.data(REFRESH, {"t": second_refresh})["refreshToken"]
    assert after_revocation["tokens"] is None
    assert after_revocation["errors"][0]["code"] in {"INVALID_REFRESH_TOKEN", "REFRESH_TOKEN_REUSED"}


def test_a_non_admin_cannot_grant_roles(gateway: Gateway) -> None:
    email = f"ravi.{uuid.uuid4().hex[:6]}@example.in"
    tokens = gateway.data(
        REGISTER,
        {
            "i": {
                "name": "Ravi Tents",
                "email": email,
                "phone": "+91 91234 56789",
                "password": "TentHouse2026",
                "role": "ORGANIZER",
            }
        },
    )["register"]["tokens"]
    me = gateway.data(ME, token=tokens["accessToken"])["me"]
    attempt = gateway.data(GRANT, {"u": me["id"], "r": "SUPER_ADMIN"}, token=tokens["accessToken"])[
        "grantRole"
    ]
    assert [e["code"] for e in attempt["errors"]] == ["FORBIDDEN"]


def test_bad_input_gets_typed_errors_not_failures(gateway: Gateway) -> None:
    result = gateway.data(
        REGISTER,
        {"i": {"name": "X", "email": "not-an-email", "phone": "12345", "password": "short", "role": "USER"}},
    )
    codes = {e["code"] for e in result["register"]["errors"]}
    assert {"INVALID_EMAIL", "INVALID_PHONE", "WEAK_PASSWORD"} <= codes
    assert result["register"]["user"] is None


def test_wrong_password_and_unknown_email_get_the_same_answer(gateway: Gateway) -> None:
    email = f"sita.{uuid.uuid4().hex[:6]}@example.in"
    gateway.data(
        REGISTER,
        {
            "i": {
                "name": "Sita Caterers",
                "email": email,
                "phone": "9000012345",
                "password": "Pulihora2026",
                "role": "USER",
            }
        },
    )
    wrong = gateway.data(LOGIN, {"i": {"email": email, "password": "Wrong-2026x"}})["login"]
    unknown = gateway.data(LOGIN, {"i": {"email": "nobody@example.in", "password": "Wrong-2026x"}})["login"]
    assert wrong["errors"] == unknown["errors"]
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"


def test_the_request_id_travels_through_and_back(gateway: Gateway) -> None:
    response = gateway.call("query { states { code name } }", request_id="journey-42")
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "journey-42"
    codes = {s["code"]: s["name"] for s in response.json()["data"]["states"]}
    assert codes["36"] == "Telangana"
    assert codes["37"] == "Andhra Pradesh"


def test_a_forged_token_is_refused_without_a_server_error(gateway: Gateway) -> None:
    response = gateway.call(ME, token="eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.")
    assert response.status_code == 200
    body = response.json()
    assert body["data"] == {"me": None}
    # The users service answers 401 (alg=none is refused); the gateway reports it as UNAUTHENTICATED.
    assert [error["extensions"]["code"] for error in body["errors"]] == ["UNAUTHENTICATED"]


def test_the_gateway_is_ready_with_every_registered_service_and_counts_requests(gateway: Gateway) -> None:
    origin = gateway.url.removesuffix("/graphql")
    ready = httpx.get(f"{origin}/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json()["subgraphs"] == {service.name: "ready" for service in load_registry()}
    gateway.call("query { states { code } }")
    metrics = httpx.get(f"{origin}/metrics", timeout=10).text
    answered = 'gateway_http_requests_total{method="POST",route="graphql",status="200"} '
    graphql_lines = [line for line in metrics.splitlines() if line.startswith(answered)]
    assert graphql_lines
    assert int(graphql_lines[0].split()[-1]) >= 1
    assert 'gateway_subgraph_ready{subgraph="users"} 1' in metrics


def test_a_person_erases_their_account_and_can_no_longer_sign_in(gateway: Gateway) -> None:
    email = f"lakshmi.{uuid.uuid4().hex[:6]}@example.in"
    person = {
        "name": "Lakshmi Decorators",
        "email": email,
        "phone": "9000054321",
        "password": "Marigold2026",
        "role": "ORGANIZER",
    }
    tokens = gateway.data(REGISTER, {"i": person})["register"]["tokens"]
    erase = "mutation($p: String!) { eraseMyAccount(password: $p) { ok errors { code } } }"
    assert gateway.data(erase, {"p": "Marigold2026"}, token=tokens["accessToken"])["eraseMyAccount"] == {
        "ok": True,
        "errors": [],
    }
    login = gateway.data(LOGIN, {"i": {"email": email, "password": "Marigold2026"}})["login"]
    assert [e["code"] for e in login["errors"]] == ["INVALID_CREDENTIALS"]
    # The old token reads nothing: `me` is null at once, and once the erasure's event reaches the
    # service's revocations (within about a second) the token itself is refused.
    after = gateway.call(ME, token=tokens["accessToken"]).json()
    assert after["data"]["me"] is None
    assert [e["extensions"]["code"] for e in after.get("errors", [])] in ([], ["UNAUTHENTICATED"])
