"""Reports through the graph and a GSTR-1 section's CSV at a signed link under /files/billing/."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
from billing_service.bootstrap import BillingServices
from billing_service.service_layer.gst_return import CSV_PURPOSE
from billing_service.service_layer.ledger_csv import LEDGER_PURPOSE
from billing_service.service_layer.pdf_files import files_of
from servicekit.signed_links import sign_claims
from servicekit.testing.service import Callers

from ..integration.report_scenarios import a_season, on_1_december
from ..integration.scenarios import organizer_id

# One field a request: the test's sessions share one connection, which concurrent resolvers cannot.
REPORTS = (
    """{ billingReceivables(financialYear: "2026-27", asOf: "2026-12-01") {
      outstandingPaise days0To30Paise days61To90Paise over90DaysPaise clientCount
      clients { clientName outstandingPaise } } }""",
    '{ billingCollections(financialYear: "2026-27", month: 11) { totalPaise byMode { mode amountPaise } } }',
    '{ billingGstReturn(financialYear: "2026-27", month: 11) { sections { section columns rows } } }',
)
CSV = """
mutation { billingGstReturnCsv(financialYear: "2026-27", month: 11, section: B2CS) { url errors { code } } }
"""


async def test_the_reports_answer_through_the_graph(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    headers = callers.as_(str(season.me.user_id), {"user", "organizer"})

    answer: dict[str, Any] = {"data": {}}
    for query in REPORTS:
        part = (await client.post("/graphql", json={"query": query}, headers=headers)).json()
        assert "errors" not in part, part
        answer["data"].update(part["data"])

    receivables = answer["data"]["billingReceivables"]
    assert (receivables["outstandingPaise"], receivables["clientCount"]) == (5_01_200_00, 2)
    assert receivables["over90DaysPaise"] == 1_88_200_00
    collections = answer["data"]["billingCollections"]
    assert collections["totalPaise"] == 3_36_600_00
    assert {m["mode"]: m["amountPaise"] for m in collections["byMode"]} == {
        "BANK_TRANSFER": 2_18_300_00,
        "CASH": 1_00_000_00,
        "UPI": 18_300_00,
    }
    sections = {s["section"]: s for s in answer["data"]["billingGstReturn"]["sections"]}
    assert sections["B2CS"]["rows"] == [["OE", "36-Telangana", "", "18.00", "185000.00", "", ""]]
    assert sections["DOCS"]["columns"][0] == "Nature of Document"


async def test_a_section_downloads_as_the_offline_tools_csv_and_a_forged_link_opens_nothing(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    headers = callers.as_(str(season.me.user_id), {"user", "organizer"})

    payload = (await client.post("/graphql", json={"query": CSV}, headers=headers)).json()["data"]
    link = payload["billingGstReturnCsv"]
    answer = await client.get(urlsplit(link["url"]).path)

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert 'filename="gstr1-b2cs-2026-27-11.csv"' in answer.headers["content-disposition"]
    assert answer.text.splitlines() == [
        "Type,Place Of Supply,Applicable % of Tax Rate,Rate,Taxable Value,Cess Amount,E-Commerce GSTIN",
        "OE,36-Telangana,,18.00,185000.00,,",
    ]
    token = urlsplit(link["url"]).path.removeprefix("/files/billing/").removesuffix(".csv")
    assert (await client.get(f"/files/billing/{token[:-2]}xx.csv")).status_code == 404
    secret = files_of(services.deps).secret_key
    old = sign_claims(secret, CSV_PURPOSE, {"o": "0" * 32, "y": "2026-27", "m": 11, "s": "b2cs", "exp": 1})
    assert (await client.get(f"/files/billing/{old}.csv")).status_code == 404


async def test_another_organizer_cannot_ask_for_the_csv(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    mutation = CSV.replace("section: B2CS", f'section: B2CS, organizerId: "{season.me.user_id}"')

    answer = (
        await client.post("/graphql", json={"query": mutation}, headers=callers.headers("organizer"))
    ).json()

    assert answer["data"]["billingGstReturnCsv"] == {"url": None, "errors": [{"code": "FORBIDDEN"}]}


RECEIVABLES_CSV = """
mutation { billingReportCsv(report: RECEIVABLES, financialYear: "2026-27", asOf: "2026-12-01") {
  url errors { code } } }
"""
SALES = (
    '{ billingSales(financialYear: "2026-27") { months { month invoices igstPaise } total { totalPaise } } }'
)


async def test_sales_by_month_answer_through_the_graph(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    headers = callers.as_(str(season.me.user_id), {"user", "organizer"})

    answer = (await client.post("/graphql", json={"query": SALES}, headers=headers)).json()

    found = answer["data"]["billingSales"]
    assert found["total"]["totalPaise"] == 8_61_400_00
    assert found["months"][4] == {"month": "2026-08-01", "invoices": 1, "igstPaise": 33_300_00}


async def test_receivables_download_as_csv_and_a_gst_signature_does_not_open_them(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    headers = callers.as_(str(season.me.user_id), {"user", "organizer"})

    payload = (await client.post("/graphql", json={"query": RECEIVABLES_CSV}, headers=headers)).json()["data"]
    answer = await client.get(urlsplit(payload["billingReportCsv"]["url"]).path)

    assert answer.status_code == 200
    assert 'filename="receivables-2026-27.csv"' in answer.headers["content-disposition"]
    assert answer.text.splitlines() == [
        "Client,Invoices,Outstanding,0-30 days,31-60 days,61-90 days,90+ days",
        "Lakshmi Narayana,2,313000.00,94700.00,0.00,218300.00,0.00",
        "Uma Caterers,1,188200.00,0.00,0.00,0.00,188200.00",
    ]
    secret = files_of(services.deps).secret_key
    claims = {
        "o": organizer_id(season.me).hex,
        "r": "receivables",
        "y": "2026-27",
        "m": None,
        "d": "2026-12-01",
    }
    wrong_purpose = sign_claims(secret, CSV_PURPOSE, {**claims, "exp": 4_000_000_000})
    assert (await client.get(f"/files/billing/{wrong_purpose}.csv")).status_code == 404
    right = sign_claims(secret, LEDGER_PURPOSE, {**claims, "exp": 4_000_000_000})
    assert (await client.get(f"/files/billing/{right}.csv")).status_code == 200


async def test_another_organizer_cannot_ask_for_the_receivables_csv(
    services: BillingServices, client: httpx.AsyncClient, callers: Callers
) -> None:
    season = await a_season(on_1_december(services.deps))
    mutation = RECEIVABLES_CSV.replace(
        "report: RECEIVABLES", f'report: RECEIVABLES, organizerId: "{season.me.user_id}"'
    )

    answer = (
        await client.post("/graphql", json={"query": mutation}, headers=callers.headers("organizer"))
    ).json()

    assert answer["data"]["billingReportCsv"] == {"url": None, "errors": [{"code": "FORBIDDEN"}]}
