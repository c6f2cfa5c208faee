"""The app's only way to the platform: GraphQL over HTTP to the gateway (typed results: each feature)."""

from __future__ import annotations

import ipaddress
import json
import logging
import uuid
from collections.abc import Mapping

import httpx

from eventxperts_app.api.gateway_errors import (
    GATEWAY_UNAVAILABLE,
    GatewayError,
    read_graphql_response,
)

logger = logging.getLogger(__name__)


class GatewayClient:
    """Sends GraphQL documents to the gateway; each feature's `gateway.py` says which and reads the answer.

    The caller passes the access token when one is needed (AuthSession.call does). One client is
    shared by every browser session (it holds the connection pool); `for_client` gives a session its
    own view that names the browser's address in X-Forwarded-For, because every request reaches the
    gateway from this process and the users service throttles sign-ins per client address (the
    gateway believes the header only from this machine, the services only with the gateway's secret).
    """

    def __init__(
        self,
        gateway_url: str,
        timeout_seconds: float = 10.0,
        *,
        client_address: str | None = None,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self._gateway_url = gateway_url
        self._http = http or httpx.AsyncClient(timeout=timeout_seconds)
        self.client_address = _usable_address(client_address)

    def for_client(self, client_address: str | None) -> GatewayClient:
        """The same connection pool, sending `client_address` (a browser's) with every request."""
        return GatewayClient(self._gateway_url, client_address=client_address, http=self._http)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def execute(
        self, document: str, variables: Mapping[str, object], access_token: str | None = None
    ) -> Mapping[str, object]:
        """The `data` of one GraphQL request, or a GatewayError."""
        request_id = uuid.uuid4().hex
        headers = {"x-request-id": request_id, "content-type": "application/json"}
        if access_token:
            headers["authorization"] = f"Bearer {access_token}"
        if self.client_address:
            headers["x-forwarded-for"] = self.client_address
        try:
            response = await self._http.post(
                self._gateway_url,
                json={"query": document, "variables": dict(variables)},
                headers=headers,
            )
        except httpx.HTTPError as error:
            logger.warning("gateway unreachable request_id=%s: %s", request_id, error)
            raise GatewayError(GATEWAY_UNAVAILABLE, str(error)) from error
        return read_graphql_response(response.status_code, _decoded_body(response))


def _usable_address(address: str | None) -> str | None:
    """An IP address as Flet reports the browser's, or None (never a header's worth of anything else)."""
    if not address:
        return None
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def _decoded_body(response: httpx.Response) -> object:
    """The decoded JSON body, or None when it is not JSON (read_graphql_response says why)."""
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
