"""The core of the app's gateway client: the transport, the session's tokens and the shapes every
feature reads (each feature keeps its own operations in features/<feature>/)."""

from eventxperts_app.api.auth_session import AuthSession, SignedOut
from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.gateway_errors import GatewayError

__all__ = ["AuthSession", "GatewayClient", "GatewayError", "SignedOut"]
