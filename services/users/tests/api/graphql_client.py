"""Posting GraphQL operations the way the app and the gateway do."""

from __future__ import annotations

from typing import Any

import httpx


async def post_graphql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)


async def graphql_data(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
) -> dict[str, Any]:
    """The `data` of a successful response; fails the test on HTTP or GraphQL errors."""
    response = await post_graphql(client, query, variables, token=token)
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    data: dict[str, Any] = body["data"]
    return data


REGISTER = """
mutation Register($input: RegisterInput!) {
  register(input: $input) {
    user { id email phone roles isActive profile { preferredLanguage } }
    tokens { accessToken refreshToken expiresIn tokenType }
    errors { code field message }
  }
}"""

LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) {
    user { id roles }
    tokens { accessToken refreshToken expiresIn tokenType }
    errors { code field message }
  }
}"""

REFRESH = """
mutation Refresh($token: String!) {
  refreshToken(refreshToken: $token) {
    user { id roles }
    tokens { accessToken refreshToken }
    errors { code field message }
  }
}"""

ME = "query { me { id name email roles profile { stateCode stateName preferredLanguage } } }"

GRANT_ROLE = """
mutation Grant($userId: ID!, $role: Role!) {
  grantRole(userId: $userId, role: $role) { user { id roles } errors { code field message } }
}"""
