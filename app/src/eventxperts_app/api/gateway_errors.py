"""Failures of a gateway call as a whole (as opposed to typed `errors` inside a payload)."""

from __future__ import annotations

from collections.abc import Mapping


class GatewayError(Exception):
    """The call did not produce a usable answer; `code` is stable and has a translated message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


GATEWAY_UNAVAILABLE = "GATEWAY_UNAVAILABLE"
UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE"
NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
NOT_FOUND = "NOT_FOUND"
GRAPHQL_ERROR = "GRAPHQL_ERROR"

# GraphQL error extension codes (Apollo's and ours) that mean the same as our codes.
_EXTENSION_CODES = {
    "UNAUTHENTICATED": NOT_AUTHENTICATED,
    "NOT_AUTHENTICATED": NOT_AUTHENTICATED,
    "FORBIDDEN": FORBIDDEN,
    "NOT_FOUND": NOT_FOUND,  # e.g. a page cursor the users service no longer recognises
}


def read_graphql_response(status: int, body: object) -> Mapping[str, object]:
    """The `data` object of a GraphQL HTTP answer, or the GatewayError the answer amounts to."""
    if status == 401:
        raise GatewayError(NOT_AUTHENTICATED, "the gateway refused the access token")
    if not isinstance(body, Mapping):
        raise GatewayError(UNEXPECTED_RESPONSE, f"HTTP {status} without a GraphQL body")
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        raise _first_graphql_error(errors)
    data = body.get("data")
    if status >= 400 or not isinstance(data, Mapping):
        raise GatewayError(UNEXPECTED_RESPONSE, f"HTTP {status} without data")
    return data


def _first_graphql_error(errors: list[object]) -> GatewayError:
    first = errors[0]
    if not isinstance(first, Mapping):
        return GatewayError(GRAPHQL_ERROR, "malformed GraphQL error")
    message = str(first.get("message", ""))
    extensions = first.get("extensions")
    raw_code = extensions.get("code") if isinstance(extensions, Mapping) else None
    code = _EXTENSION_CODES.get(str(raw_code), GRAPHQL_ERROR)
    return GatewayError(code, message)
