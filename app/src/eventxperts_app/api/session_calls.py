"""The calls a signed-in session makes for itself: renewing its tokens and signing out."""

from __future__ import annotations

from eventxperts_app.api import operations
from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.models import AuthResult, OkResult
from eventxperts_app.api.parsing import parse_auth_payload, parse_ok_payload


async def refresh_token(client: GatewayClient, refresh_token: str) -> AuthResult:
    data = await client.execute(operations.REFRESH_TOKEN, {"refreshToken": refresh_token})
    return parse_auth_payload(data, "refreshToken")


async def logout(client: GatewayClient, refresh_token: str, access_token: str | None) -> OkResult:
    data = await client.execute(operations.LOGOUT, {"refreshToken": refresh_token}, access_token)
    return parse_ok_payload(data, "logout")
