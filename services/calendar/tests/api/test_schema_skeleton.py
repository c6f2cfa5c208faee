import httpx
from servicekit.testing.service import Callers


async def test_an_unbuilt_query_refuses_with_a_typed_code(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    answer = (
        await client.post(
            "/graphql", json={"query": "{ stockItems { total } }"}, headers=callers.headers("organizer")
        )
    ).json()
    assert answer["errors"][0]["extensions"]["code"] == "NOT_IMPLEMENTED"
