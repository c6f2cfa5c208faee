"""The app's only way to the platform: GraphQL over HTTP to the gateway (typed results: each feature)."""

from __future__ import annotations

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

    The caller passes the access token when one is needed (AuthSession.call does).
    """

    def __init__(self, gateway_url: str, timeout_seconds: float = 10.0) -> None:
        self._gateway_url = gateway_url
        self._http = httpx.AsyncClient(timeout=timeout_seconds)

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


def _decoded_body(response: httpx.Response) -> object:
    """The decoded JSON body, or None when it is not JSON (read_graphql_response says why)."""
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
