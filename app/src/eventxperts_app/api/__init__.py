"""The app's client of the gateway: GraphQL operations, typed results, the session's tokens."""

from eventxperts_app.api.auth_session import AuthSession, SignedOut
from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.gateway_errors import GatewayError

__all__ = ["AuthSession", "GatewayClient", "GatewayError", "SignedOut"]
