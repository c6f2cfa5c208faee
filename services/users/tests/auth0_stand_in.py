"""A local stand-in for the parts of Auth0 the users service calls (Auth0 itself cannot be reached
from here): /oauth/token (client credentials, password-realm, refresh), /oauth/revoke, the
Management API endpoints for users and roles, and the tenant's JWKS. Served by uvicorn on
127.0.0.1, port 0, in a thread."""

from __future__ import annotations

import json
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import jwt
import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from servicekit.auth import ROLES_CLAIM
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ROLE_IDS = {"user": "rol_U", "organizer": "rol_O", "store_owner": "rol_S", "super_admin": "rol_A"}


@dataclass
class TenantUser:
    user_id: str
    email: str
    password: str
    roles: set[str] = field(default_factory=set)
    blocked: bool = False


@dataclass
class Tenant:
    """The tenant's state, which tests read and change directly (as one would in the dashboard)."""

    domain: str
    audience: str
    client_id: str
    client_secret: str
    signing_key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    users: dict[str, TenantUser] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)
    management_tokens: set[str] = field(default_factory=set)
    calls: list[tuple[str, str, Any]] = field(default_factory=list)
    # Passwordless SMS: the code texted to each phone, and phones linked to a database user.
    sms_codes: dict[str, str] = field(default_factory=dict)
    linked_phones: dict[str, set[str]] = field(default_factory=dict)
    # Set by a test to make role assignments fail, as a tenant outage would.
    failing_role_changes: bool = False
    # Set by a test to make deleting users fail, as a tenant outage would.
    failing_user_deletes: bool = False
    # The database connection's password policy, as a minimum length (Auth0's "good" policy asks 8+,
    # "excellent" 10+ with more rules); 0 accepts every password.
    password_min_length: int = 0

    def by_phone(self, phone: str) -> TenantUser | None:
        """The database user an account-linking Action joined this phone's identity to."""
        return next((u for u in self.users.values() if u.user_id in self.linked_phones.get(phone, ())), None)

    def by_email(self, email: str) -> TenantUser | None:
        return next((u for u in self.users.values() if u.email == email), None)

    def access_token(self, user: TenantUser) -> str:
        now = int(time.time())
        claims = {
            "sub": user.user_id,
            "iss": f"https://{self.domain}/",
            "aud": self.audience,
            "iat": now,
            "exp": now + 600,
            "jti": uuid.uuid4().hex,
            ROLES_CLAIM: sorted(user.roles),
        }
        return jwt.encode(claims, self.signing_key, algorithm="RS256", headers={"kid": "tenant-1"})

    def jwks(self) -> dict[str, Any]:
        key = json.loads(RSAAlgorithm.to_jwk(self.signing_key.public_key()))
        return {"keys": [{**key, "kid": "tenant-1", "use": "sig", "alg": "RS256"}]}


def _error(status: int, error: str) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status)


def tenant_app(tenant: Tenant) -> Starlette:
    async def token(request: Request) -> Response:
        body = await request.json()
        if (body.get("client_id"), body.get("client_secret")) != (tenant.client_id, tenant.client_secret):
            return _error(401, "access_denied")
        grant = body.get("grant_type")
        if grant == "client_credentials":
            issued = secrets.token_urlsafe(16)
            tenant.management_tokens.add(issued)
            return JSONResponse({"access_token": issued, "expires_in": 86400})
        if grant == "http://auth0.com/oauth/grant-type/password-realm":
            user = tenant.by_email(body.get("username", ""))
            if user is None or user.password != body.get("password") or user.blocked:
                return _error(403, "invalid_grant")
            return _user_tokens(user)
        if grant == "http://auth0.com/oauth/grant-type/passwordless/otp":
            phone = body.get("username", "")
            if body.get("realm") != "sms" or tenant.sms_codes.pop(phone, None) != body.get("otp"):
                return _error(403, "invalid_grant")
            linked = tenant.by_phone(phone)
            return _user_tokens(linked or TenantUser(f"sms|{phone.removeprefix('+')}", "", ""))
        if grant == "refresh_token":
            user_id = tenant.refresh_tokens.pop(body.get("refresh_token", ""), None)
            if user_id is None:
                return _error(403, "invalid_grant")
            return _user_tokens(tenant.users[user_id])
        return _error(400, "unsupported_grant_type")

    def _user_tokens(user: TenantUser) -> JSONResponse:
        refresh = secrets.token_urlsafe(16)
        tenant.refresh_tokens[refresh] = user.user_id
        return JSONResponse(
            {
                "access_token": tenant.access_token(user),
                "refresh_token": refresh,
                "expires_in": 600,
                "token_type": "Bearer",
            }
        )

    async def passwordless_start(request: Request) -> Response:
        body = await request.json()
        if (body.get("client_id"), body.get("client_secret")) != (tenant.client_id, tenant.client_secret):
            return _error(401, "access_denied")
        if body.get("connection") != "sms" or body.get("send") != "code":
            return _error(400, "bad.connection")
        tenant.sms_codes[body["phone_number"]] = f"{secrets.randbelow(10**6):06d}"
        tenant.calls.append(("POST", "/passwordless/start", body))
        return JSONResponse({"_id": secrets.token_hex(8), "phone_number": body["phone_number"]})

    async def revoke(request: Request) -> Response:
        tenant.refresh_tokens.pop((await request.json()).get("token", ""), None)
        return Response(status_code=200)

    async def change_password(request: Request) -> Response:
        body = await request.json()
        if body.get("client_id") != tenant.client_id:
            return _error(401, "access_denied")
        tenant.calls.append(("POST", "/dbconnections/change_password", body))
        return Response("We've just sent you an email to reset your password.", status_code=200)

    async def management(request: Request) -> Response:
        if request.headers.get("authorization", "").removeprefix("Bearer ") not in (tenant.management_tokens):
            return _error(401, "Unauthorized")
        body = await request.json() if await request.body() else None
        tenant.calls.append((request.method, request.url.path, body))
        return await _management_action(tenant, request, body)

    async def jwks(_: Request) -> Response:
        return JSONResponse(tenant.jwks())

    return Starlette(
        routes=[
            Route("/oauth/token", token, methods=["POST"]),
            Route("/oauth/revoke", revoke, methods=["POST"]),
            Route("/passwordless/start", passwordless_start, methods=["POST"]),
            Route("/dbconnections/change_password", change_password, methods=["POST"]),
            Route("/.well-known/jwks.json", jwks),
            Route("/api/v2/{path:path}", management, methods=["GET", "POST", "PATCH", "DELETE"]),
        ]
    )


async def _management_action(tenant: Tenant, request: Request, body: Any) -> Response:
    parts = request.url.path.removeprefix("/api/v2/").split("/")
    method = request.method
    if parts == ["roles"] and method == "GET":
        return JSONResponse([{"id": rid, "name": name} for name, rid in ROLE_IDS.items()])
    if "password" in (body or {}) and len(body["password"]) < tenant.password_min_length:
        return JSONResponse(
            {
                "statusCode": 400,
                "error": "Bad Request",
                "errorCode": "invalid_body",
                "message": "PasswordStrengthError: Password is too weak",
            },
            status_code=400,
        )
    if parts == ["users"] and method == "POST":
        if tenant.by_email(body["email"]):
            return _error(409, "The user already exists.")
        user = TenantUser(f"auth0|{body['user_id']}", body["email"], body["password"])
        tenant.users[user.user_id] = user
        return JSONResponse({"user_id": user.user_id, "email": user.email}, status_code=201)
    found = tenant.users.get(parts[1]) if len(parts) >= 2 else None
    if found is None:
        return _error(404, "The user does not exist.")
    user = found
    names = {rid: name for name, rid in ROLE_IDS.items()}
    if parts[2:] == ["roles"] and tenant.failing_role_changes:
        return _error(503, "Service unavailable")
    if parts[2:] == [] and method == "DELETE":
        if tenant.failing_user_deletes:
            return _error(503, "Service unavailable")
        del tenant.users[user.user_id]
    elif parts[2:] == ["roles"] and method == "POST":
        user.roles |= {names[r] for r in body["roles"]}
    elif parts[2:] == ["roles"] and method == "DELETE":
        user.roles -= {names[r] for r in body["roles"]}
    elif parts[2:] == [] and method == "PATCH":
        user.blocked = body.get("blocked", user.blocked)
        user.password = body.get("password", user.password)
    else:
        return _error(404, "Not found")
    return Response(
        status_code=204 if method != "PATCH" else 200,
        content=None if method != "PATCH" else json.dumps({"user_id": user.user_id}),
    )


@contextmanager
def serve_tenant(tenant: Tenant) -> Iterator[str]:
    """Run the stand-in on 127.0.0.1 (a free port); yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(tenant_app(tenant), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()
