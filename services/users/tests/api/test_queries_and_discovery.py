"""Queries, the federation entity resolver's access check, and the issuer's discovery routes."""

from __future__ import annotations

import httpx
import jwt
from users_service.bootstrap import UsersServices

from .graphql_client import REGISTER, graphql_data, post_graphql

ENTITIES = """
query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { id email } }
}"""


async def register(client: httpx.AsyncClient, email: str) -> tuple[str, str]:
    answer = await graphql_data(
        client,
        REGISTER,
        {"input": {"name": "Ravi", "email": email, "phone": "9876543210", "password": "mangoes4sale"}},
    )
    return answer["register"]["user"]["id"], answer["register"]["tokens"]["accessToken"]


async def test_states_lists_all_36_with_telugu_names_for_ap_and_telangana(
    client: httpx.AsyncClient,
) -> None:
    states = (await graphql_data(client, "{ states { code name nameTe } }"))["states"]
    assert len(states) == 36
    by_code = {s["code"]: s for s in states}
    assert by_code["37"] == {"code": "37", "name": "Andhra Pradesh", "nameTe": "ఆంధ్రప్రదేశ్"}
    assert by_code["36"]["nameTe"] == "తెలంగాణ"


async def test_entity_references_resolve_only_for_self(client: httpx.AsyncClient) -> None:
    ravi_id, ravi_token = await register(client, "ravi@example.in")
    sita_id, _ = await register(client, "sita@example.in")
    references = [{"__typename": "User", "id": ravi_id}, {"__typename": "User", "id": sita_id}]
    entities = (await graphql_data(client, ENTITIES, {"representations": references}, token=ravi_token))[
        "_entities"
    ]
    assert entities == [{"id": ravi_id, "email": "ravi@example.in"}, None]


async def test_listing_users_is_refused_to_members_with_a_graphql_error(
    client: httpx.AsyncClient,
) -> None:
    _, token = await register(client, "ravi@example.in")
    response = await post_graphql(client, "{ users { total } }", token=token)
    assert response.status_code == 200
    assert response.json()["data"] is None
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "FORBIDDEN"
    assert "permission" in error["message"]


async def test_discovery_names_the_issuer_and_the_jwks_verifies_our_tokens(
    client: httpx.AsyncClient,
    services: UsersServices,
) -> None:
    discovery = (await client.get("/.well-known/openid-configuration")).json()
    assert discovery["issuer"] == "http://users.test"
    assert discovery["jwks_uri"] == "http://users.test/.well-known/jwks.json"
    jwks = (await client.get("/.well-known/jwks.json")).json()
    assert all("d" not in key and "p" not in key for key in jwks["keys"])  # public halves only

    _, token = await register(client, "ravi@example.in")
    kid = jwt.get_unverified_header(token)["kid"]
    key = next(k for k in jwks["keys"] if k["kid"] == kid)
    claims = jwt.decode(
        token, jwt.PyJWK(key).key, algorithms=["RS256"], audience="eventxperts", issuer="http://users.test"
    )
    assert claims["sub"]
