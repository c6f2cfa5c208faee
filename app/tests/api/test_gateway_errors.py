"""A gateway answer becomes either its data or one typed GatewayError."""

from __future__ import annotations

import pytest
from eventxperts_app.api.gateway_errors import (
    FORBIDDEN,
    GRAPHQL_ERROR,
    NOT_AUTHENTICATED,
    NOT_FOUND,
    UNEXPECTED_RESPONSE,
    GatewayError,
    read_graphql_response,
)


def test_data_of_a_successful_answer_is_returned() -> None:
    assert read_graphql_response(200, {"data": {"states": []}}) == {"states": []}


def test_http_401_means_not_authenticated_whatever_the_body() -> None:
    with pytest.raises(GatewayError) as raised:
        read_graphql_response(401, None)
    assert raised.value.code == NOT_AUTHENTICATED


@pytest.mark.parametrize(
    ("extension_code", "expected"),
    [
        ("UNAUTHENTICATED", NOT_AUTHENTICATED),
        ("FORBIDDEN", FORBIDDEN),
        ("NOT_FOUND", NOT_FOUND),
        ("BAD_USER_INPUT", GRAPHQL_ERROR),
    ],
)
def test_graphql_errors_map_to_our_codes(extension_code: str, expected: str) -> None:
    body = {"errors": [{"message": "no", "extensions": {"code": extension_code}}], "data": None}
    with pytest.raises(GatewayError) as raised:
        read_graphql_response(200, body)
    assert (raised.value.code, raised.value.message) == (expected, "no")


@pytest.mark.parametrize(
    ("status", "body"), [(200, None), (200, ["not", "an", "object"]), (500, {"data": None}), (502, {})]
)
def test_answers_without_data_are_unexpected(status: int, body: object) -> None:
    with pytest.raises(GatewayError) as raised:
        read_graphql_response(status, body)
    assert raised.value.code == UNEXPECTED_RESPONSE
