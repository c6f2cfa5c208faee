"""What the app needs to edit and re-save: the bank account shown masked and kept unless replaced,
another series, a draft's notes and event state, a client's address."""

from __future__ import annotations

from typing import Any

import httpx
from billing_service.bootstrap import BillingServices
from servicekit.testing.service import Callers

from ..integration.scenarios import organizer_id, registered_decorator

SAVE = """
mutation($input: BillingProfileInput!) {
  updateBillingProfile(input: $input) {
    profile { upiId bankAccount { numberMasked ifsc bank } series { kind prefix name } }
    errors { code field }
  }
}
"""
SERIES = """
mutation($input: AddDocumentSeriesInput!) {
  addDocumentSeries(input: $input) { profile { series { kind prefix name } } errors { code field } }
}
"""


async def _call(client: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: Any) -> Any:
    answer = (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()
    assert "errors" not in answer, answer
    return answer["data"]


async def test_the_bank_account_shows_masked_and_stays_when_the_profile_is_saved_without_it(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    with_bank = {
        "registrationType": "REGULAR",
        "upiId": "saidecor@okaxis",
        "bankAccountNumber": "1234 5678 9012",
        "bankIfsc": "sbin0001234",
        "bankName": "State Bank of India",
    }

    saved = (await _call(client, headers, SAVE, input=with_bank))["updateBillingProfile"]["profile"]
    again = await _call(
        client, headers, SAVE, input={"registrationType": "REGULAR", "upiId": "saidecor@okaxis"}
    )
    removed = await _call(
        client, headers, SAVE, input={"registrationType": "REGULAR", "removeBankAccount": True}
    )

    masked = {"numberMasked": "XXXXXXXX9012", "ifsc": "SBIN0001234", "bank": "State Bank of India"}
    assert saved["bankAccount"] == masked
    assert again["updateBillingProfile"]["profile"]["bankAccount"] == masked
    assert removed["updateBillingProfile"]["profile"]["bankAccount"] is None


async def test_a_series_is_added_once_per_prefix(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    catering = {"kind": "INVOICE", "prefix": "cat", "name": "Catering"}

    added = (await _call(client, headers, SERIES, input=catering))["addDocumentSeries"]
    twice = (await _call(client, headers, SERIES, input=catering))["addDocumentSeries"]
    quotation = await _call(client, headers, SERIES, input={**catering, "kind": "QUOTATION", "prefix": "Q"})

    assert {"kind": "INVOICE", "prefix": "CAT", "name": "Catering"} in added["profile"]["series"]
    assert twice["errors"] == [{"code": "DUPLICATE_SERIES", "field": "prefix"}]
    assert quotation["addDocumentSeries"]["errors"] == [{"code": "WRONG_SERIES_KIND", "field": "kind"}]


async def test_a_draft_answers_its_notes_and_event_state_and_a_client_its_address(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    me = await registered_decorator(services.deps)
    headers = callers.as_(str(me.user_id), {"user", "organizer"})
    client_input = {
        "name": "Lakshmi Narayana",
        "phones": ["98480 22338"],
        "addressLine": "8-2-293, Road 14, Banjara Hills",
        "city": "Hyderabad",
        "pinCode": "500034",
        "stateCode": "36",
    }
    saved_client = await _call(
        client,
        headers,
        "mutation($input: BillingClientInput!) { saveBillingClient(input: $input) {"
        " client { id addressLine city pinCode } errors { code } } }",
        input=client_input,
    )
    answer = saved_client["saveBillingClient"]["client"]
    draft = {
        "kind": "QUOTATION",
        "clientId": answer["id"],
        "eventStateCode": "37",
        "notes": "Muhurtham at 10:42; mandapam by 8.",
        "organizerId": str(organizer_id(me)),
        "lines": [{"description": "Stage", "quantity": "1", "ratePaise": 50_000_00, "taxRate": "18"}],
    }
    saved = await _call(
        client,
        headers,
        "mutation($input: BillingDraftInput!) { saveBillingDraft(input: $input) {"
        " document { notes eventStateCode } errors { code } } }",
        input=draft,
    )

    assert (answer["addressLine"], answer["city"], answer["pinCode"]) == (
        "8-2-293, Road 14, Banjara Hills",
        "Hyderabad",
        "500034",
    )
    assert saved["saveBillingDraft"]["document"] == {
        "notes": "Muhurtham at 10:42; mandapam by 8.",
        "eventStateCode": "37",
    }
