"""The billing subgraph as the gateway calls it: typed errors in payloads, never a 500."""

from __future__ import annotations

import httpx
from servicekit.testing.service import Callers

DRAFT = """
mutation($input: BillingDraftInput!) {
  saveBillingDraft(input: $input) {
    document { id status number totalPaise amountInWords amountInWordsTe lines { quantity taxRate } }
    errors { code field message }
  }
}
"""


async def test_a_draft_saved_through_the_graph_has_live_totals_in_words(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    variables = {
        "input": {
            "kind": "INVOICE",
            "lines": [
                {"description": "Stage decoration", "quantity": "1", "ratePaise": 100_000_00, "taxRate": "18"}
            ],
        }
    }
    answer = (
        await client.post(
            "/graphql", json={"query": DRAFT, "variables": variables}, headers=callers.headers("organizer")
        )
    ).json()
    payload = answer["data"]["saveBillingDraft"]
    assert payload["errors"] == []
    document = payload["document"]
    assert (document["status"], document["number"], document["totalPaise"]) == ("DRAFT", None, 118_000_00)
    assert document["amountInWords"] == "Rupees One Lakh Eighteen Thousand Only"
    assert document["amountInWordsTe"] == "ఒక లక్ష పద్దెనిమిది వేలు రూపాయలు మాత్రమే"


async def test_bad_lines_come_back_as_codes_with_their_field(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    variables = {
        "input": {
            "kind": "INVOICE",
            "lines": [{"description": "Chairs", "quantity": "0", "ratePaise": 1500, "taxRate": "18"}],
        }
    }
    response = await client.post(
        "/graphql", json={"query": DRAFT, "variables": variables}, headers=callers.headers("organizer")
    )
    assert response.status_code == 200
    payload = response.json()["data"]["saveBillingDraft"]
    assert payload["document"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("INVALID_QUANTITY", "lines.0.quantity")]


async def test_a_malformed_document_id_is_not_found_not_an_internal_error(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    query = 'mutation { issueInvoice(id: "not-a-uuid") { document { id } errors { code field } } }'
    answer = (
        await client.post("/graphql", json={"query": query}, headers=callers.headers("organizer"))
    ).json()
    assert answer["data"]["issueInvoice"]["errors"][0]["code"] == "NOT_FOUND"


async def test_a_guest_must_sign_in(client: httpx.AsyncClient) -> None:
    answer = (await client.post("/graphql", json={"query": "{ billingDocuments { id } }"})).json()
    assert answer["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"


async def test_quantities_and_rates_read_as_plain_numbers(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    """Decimal.normalize() alone turns 300 into "3E+2", which an app shows as it comes."""
    variables = {
        "input": {
            "kind": "QUOTATION",
            "lines": [{"description": "Chairs", "quantity": "300", "ratePaise": 1500, "taxRate": "18"}],
        }
    }
    answer = (
        await client.post(
            "/graphql", json={"query": DRAFT, "variables": variables}, headers=callers.headers("organizer")
        )
    ).json()
    lines = answer["data"]["saveBillingDraft"]["document"]["lines"]
    assert lines == [{"quantity": "300", "taxRate": "18"}]
