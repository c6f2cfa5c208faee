"""A person's secrets never reach the platform's logs: after a whole journey through the gateway (sign
up, a wrong password, variables that fail validation while carrying a password, sign in, refresh,
change the password, sign out, refused calls, a password reset by emailed code with a wrong code first,
a sign-up by a code texted to a phone with a wrong code first, an organizer's ICS feed and CSV export
fetched through the edge by their secret URLs),
no log file holds a password, token, code or feed secret it used,
and a refusal is one line, not a traceback. And a service's /graphql answers nobody but the gateway."""

from __future__ import annotations

import re
import secrets
import uuid
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest

from .conftest import RunningPlatform

pytestmark = pytest.mark.slow

TOKENS = "tokens { accessToken refreshToken } errors { code }"
REGISTER = f"mutation Register($i: RegisterInput!) {{ register(input: $i) {{ {TOKENS} }} }}"
LOGIN = f"mutation Login($i: LoginInput!) {{ login(input: $i) {{ {TOKENS} }} }}"
REFRESH = f"mutation Refresh($t: String!) {{ refreshToken(refreshToken: $t) {{ {TOKENS} }} }}"
CHANGE_PASSWORD = (
    "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) { errors { code } } }"
)
LOGOUT = "mutation Logout($t: String!) { logout(refreshToken: $t) { ok errors { code } } }"
EVERYONE = "query Everyone { users { total } }"
REQUEST_RESET = "mutation AskCode($e: String!) { requestPasswordReset(email: $e) { ok errors { code } } }"
CREATE_FEED = "mutation Feed { createIcsFeed { feed { url } errors { code } } }"
EXPORT_CSV = "mutation Csv { exportBookingsCsv { url errors { code } } }"
RESET = f"mutation Reset($i: ResetPasswordInput!) {{ resetPassword(input: $i) {{ {TOKENS} }} }}"
PHONE_CODE = "mutation AskSms($p: String!) { requestPhoneCode(phone: $p) { ok errors { code } } }"
PHONE_SIGN_IN = f"mutation ByPhone($i: PhoneSignInInput!) {{ signInWithPhone(input: $i) {{ {TOKENS} }} }}"
CODE_IN_MAIL = re.compile(r"^\s+(\d{8})\s*$", re.MULTILINE)


def post(platform: RunningPlatform, query: str, variables: dict[str, Any], token: str | None = None) -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        platform.gateway_url, json={"query": query, "variables": variables}, headers=headers, timeout=30
    )
    assert response.status_code in {200, 400}, response.text
    return response.json()


def post_to_users(platform: RunningPlatform, query: str, variables: dict[str, Any]) -> Any:
    """Straight to the users service's /graphql, with the secret the gateway sends."""
    response = httpx.post(
        f"{platform.config.service_url('users')}/graphql",
        json={"query": query, "variables": variables},
        headers={"x-gateway-secret": platform.gateway_secret},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


def a_password() -> str:
    # token_urlsafe may draw no digit (about one time in fifteen), which the password rules refuse.
    return f"Pw-{secrets.token_urlsafe(12)}-42"


def journey(platform: RunningPlatform) -> list[str]:
    """Everything a person does with secrets; returns every secret it sent or was given."""
    email = f"secret.{uuid.uuid4().hex[:8]}@example.in"
    password, wrong, invalid, new_password = a_password(), a_password(), a_password(), a_password()
    person = {"name": "Padma Tents", "email": email, "phone": "9000011111", "password": password}
    used = [password, wrong, invalid, new_password]

    registered = post(platform, REGISTER, {"i": person})["data"]["register"]
    used += registered["tokens"].values()
    wrong_login = post(platform, LOGIN, {"i": {"email": email, "password": wrong}})["data"]["login"]
    assert wrong_login["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # An input field the schema does not have: the variables fail validation with the password inside,
    # at the gateway and at the subgraph (as the gateway would pass on what its own checks let through).
    invalid_login = {"i": {"email": email, "password": invalid, "otp": invalid}}
    assert post(platform, LOGIN, invalid_login)["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert post_to_users(platform, LOGIN, invalid_login)["data"] is None
    signed_in = post(platform, LOGIN, {"i": {"email": email, "password": password}})["data"]["login"]
    used += signed_in["tokens"].values()
    refreshed = post(platform, REFRESH, {"t": signed_in["tokens"]["refreshToken"]})["data"]["refreshToken"]
    used += refreshed["tokens"].values()
    access = refreshed["tokens"]["accessToken"]
    change = {"i": {"currentPassword": password, "newPassword": new_password}}
    assert post(platform, CHANGE_PASSWORD, change, access)["data"]["changePassword"]["errors"] == []
    again = post(platform, LOGIN, {"i": {"email": email, "password": new_password}})["data"]["login"]
    used += again["tokens"].values()
    # A plain person asking for the admin's list, signed in and not: FORBIDDEN, then NOT_AUTHENTICATED.
    # (Asked before the logout: after it the access token is revoked, refused UNAUTHENTICATED as soon
    # as the revocation has reached the service.)
    forbidden = post(platform, EVERYONE, {}, again["tokens"]["accessToken"])["errors"]
    assert forbidden[0]["extensions"]["code"] == "FORBIDDEN"
    assert post(platform, LOGOUT, {"t": again["tokens"]["refreshToken"]})["data"]["logout"]["ok"] is True
    anonymous = post(platform, EVERYONE, {}, None)["errors"]
    assert anonymous[0]["extensions"]["code"] == "NOT_AUTHENTICATED"
    return used + reset_by_email(platform, email) + sign_up_by_phone(platform) + calendar_exports(platform)


def sign_up_by_phone(platform: RunningPlatform) -> list[str]:
    """Ask for a code by SMS, try a wrong one, then sign up with the one the gateway's stand-in got:
    neither the number nor a code may be logged."""
    digits = "9" + "".join(secrets.choice("0123456789") for _ in range(9))
    assert post(platform, PHONE_CODE, {"p": digits})["data"]["requestPhoneCode"]["ok"] is True
    code = platform.sms.wait_for(f"+91{digits}")[-1].variables["otp"]
    wrong_code = f"{(int(code) + 1) % 10**6:06d}"
    wrong = post(platform, PHONE_SIGN_IN, {"i": {"phone": digits, "code": wrong_code}})
    assert wrong["data"]["signInWithPhone"]["errors"] == [{"code": "PHONE_CODE_INVALID"}]
    made = post(platform, PHONE_SIGN_IN, {"i": {"phone": digits, "code": code, "name": "Padma Rani"}})
    assert made["data"]["signInWithPhone"]["errors"] == []
    return [digits, code, wrong_code, *made["data"]["signInWithPhone"]["tokens"].values()]


def reset_by_email(platform: RunningPlatform, email: str) -> list[str]:
    """Ask for a code, try a wrong one, then reset with the one the SMTP server received."""
    assert post(platform, REQUEST_RESET, {"e": email})["data"]["requestPasswordReset"]["ok"] is True
    (mail,) = platform.smtp.wait_for(email)
    found = CODE_IN_MAIL.search(mail.text)
    assert found is not None
    code, reset_password = found.group(1), a_password()
    wrong_code = f"{(int(code) + 1) % 10**8:08d}"
    wrong = post(platform, RESET, {"i": {"email": email, "code": wrong_code, "newPassword": reset_password}})
    assert wrong["data"]["resetPassword"]["errors"] == [{"code": "RESET_CODE_INVALID"}]
    right = post(platform, RESET, {"i": {"email": email, "code": code, "newPassword": reset_password}})
    tokens = right["data"]["resetPassword"]["tokens"]
    return [code, wrong_code, reset_password, *tokens.values()]


def calendar_exports(platform: RunningPlatform) -> list[str]:
    """An organizer's feed and CSV, fetched through the edge as a phone's calendar would: the secrets
    are the URLs' paths."""
    organizer = {
        "name": "Sri Sai Tent House",
        "email": f"tents.{uuid.uuid4().hex[:8]}@example.in",
        "phone": "9000022222",
        "password": a_password(),
        "role": "ORGANIZER",
    }
    registered = post(platform, REGISTER, {"i": organizer})["data"]["register"]
    assert registered["errors"] == [], registered["errors"]
    access = registered["tokens"]["accessToken"]
    feed = post(platform, CREATE_FEED, {}, access)["data"]["createIcsFeed"]["feed"]["url"]
    csv = post(platform, EXPORT_CSV, {}, access)["data"]["exportBookingsCsv"]["url"]
    paths, edge = [urlparse(feed).path, urlparse(csv).path], platform.edge_url.rstrip("/")
    for path in paths:
        assert httpx.get(f"{edge}{path}", timeout=30).status_code == 200, path
    # A forged token too: a refusal must not log what was asked for either.
    assert httpx.get(f"{edge}{paths[0][:-5]}x.ics", timeout=30).status_code == 404
    tokens = [path.rsplit("/", 1)[1] for path in paths]
    # The feed's id alone: a forged token's path holds it whole.
    return [organizer["password"], access, *tokens, tokens[0].split(".")[0]]


@pytest.fixture(scope="module")
def journeyed(platform_stack: RunningPlatform) -> tuple[list[str], str]:
    """The journey's secrets, and what the users service logged while it ran."""
    users_log = platform_stack.data_dir / "logs" / "users.log"
    before = users_log.stat().st_size
    used = journey(platform_stack)
    with users_log.open("rb") as log:
        log.seek(before)
        return used, log.read().decode("utf-8", errors="replace")


def test_no_password_or_token_of_a_journey_reaches_any_log(
    platform_stack: RunningPlatform, journeyed: tuple[list[str], str]
) -> None:
    used, _ = journeyed
    used = [*used, platform_stack.gateway_secret]
    logs = sorted((platform_stack.data_dir / "logs").glob("*.log"))
    assert {"users.log", "gateway.log", "calendar.log", "edge-access.log"} <= {log.name for log in logs}
    assert "/ics/feeds/[redacted]" in (platform_stack.data_dir / "logs" / "edge-access.log").read_text()
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        leaked = [secret for secret in used if secret in text]
        assert leaked == [], f"{log.name} holds {len(leaked)} of the journey's secrets"


def test_refused_calls_are_logged_without_a_traceback(journeyed: tuple[list[str], str]) -> None:
    _, logged = journeyed
    assert "Traceback" not in logged
    assert '"code": "FORBIDDEN"' in logged


def test_a_services_graphql_answers_only_the_gateway(platform_stack: RunningPlatform) -> None:
    users = f"{platform_stack.config.service_url('users')}/graphql"
    sdl = {"query": "{ _service { sdl } }"}
    assert httpx.post(users, json=sdl, timeout=30).status_code == 401
    assert httpx.post(users, json=sdl, headers={"x-gateway-secret": "guess"}, timeout=30).status_code == 403
    assert len(platform_stack.gateway_secret) >= 32  # made for this start
