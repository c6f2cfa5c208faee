from typing import Any

import httpx
from servicekit.testing.service import Callers

MONTH = """query($year: Int!, $month: Int!) { monthView(year: $year, month: $month) {
  year month place { name { en te } fromProfile }
  days { date isPeakDay panchangam { vara { en te } tithi { name { en te } } nakshatra { name { en } }
    rahuKalam { startsAt endsAt } yamagandam { startsAt } durmuhurtham { startsAt }
    festivals { en te } isMarriageMuhurtham isGruhapravesamMuhurtham muhurthams { kind name { te } } } }
  peakWarnings { date } } }"""

SEARCH = """query($input: MuhurthamSearchInput!) { muhurthamSearch(input: $input) {
  kind name { en te } place { name { en } }
  days { date windows { startsAt endsAt } reasons } rejected { date rule reason } } }"""


async def ask(client: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: object) -> Any:
    return (
        await client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    ).json()


async def test_the_month_view_shows_hyderabads_panchangam_when_the_profile_has_no_place(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    month = (await ask(client, callers.headers("organizer"), MONTH, year=2026, month=12))["data"]["monthView"]
    assert month["place"] == {"name": {"en": "Hyderabad", "te": "హైదరాబాద్"}, "fromProfile": False}
    days = month["days"]
    assert [d["date"] for d in days][:2] == ["2026-12-01", "2026-12-02"]
    assert len(days) == 31
    first = days[0]["panchangam"]
    assert first["vara"] == {"en": "Tuesday", "te": "మంగళవారం"}
    assert first["tithi"][0]["name"]["te"]
    assert first["rahuKalam"]["startsAt"].startswith("2026-12-01T")
    # The engine's marriage days of December 2026 at Hyderabad (panchangam CLI: muhurtham --kind marriage).
    marriage = [d["date"] for d in days if d["panchangam"]["isMarriageMuhurtham"]]
    assert marriage == [f"2026-12-{n:02d}" for n in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)]
    flags = days[0]["panchangam"]["muhurthams"]
    assert {"kind": "MARRIAGE", "name": {"te": flags[0]["name"]["te"]}} in flags
    # No bookings, no stock: no peak days.
    assert not any(d["isPeakDay"] for d in days)
    assert month["peakWarnings"] == []


async def test_a_month_the_engine_cannot_reckon_is_a_typed_error(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    answer = await ask(client, callers.headers("organizer"), MONTH, year=2026, month=13)
    assert answer["errors"][0]["extensions"]["code"] == "DATE_OUT_OF_RANGE"
    answer = await ask(client, callers.headers("organizer"), MONTH, year=2200, month=1)
    assert answer["errors"][0]["extensions"]["code"] == "DATE_OUT_OF_RANGE"


async def test_only_organizers_and_super_admins_see_a_calendar(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    assert (await ask(client, callers.headers("user"), MONTH, year=2026, month=12))["errors"][0][
        "extensions"
    ]["code"] == "FORBIDDEN"
    assert (await ask(client, {}, MONTH, year=2026, month=12))["errors"][0]["extensions"]["code"] == (
        "NOT_AUTHENTICATED"
    )
    other = callers.subjects.setdefault("organizer", "0c5b2a51-7a55-4a3e-9d0a-3f5e0e6f7a10")
    query = 'query($id: ID!) { dayView(date: "2026-12-03", organizerId: $id) { date } }'
    refused = await ask(
        client, callers.as_("7b0c4a2e-1f7e-4c1b-8a3b-2d0c9e8f7a61", {"organizer"}), query, id=other
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    seen = await ask(client, callers.headers("super_admin"), query, id=other)
    assert seen["data"]["dayView"]["date"] == "2026-12-03"


async def test_a_plain_user_searches_marriage_muhurthams_with_reasons(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    search = {"kind": "MARRIAGE", "firstDay": "2026-12-01", "lastDay": "2026-12-15"}
    found = (await ask(client, callers.headers("user"), SEARCH, input=search))["data"]["muhurthamSearch"]
    assert found["kind"] == "MARRIAGE"
    assert found["name"]["en"]
    assert found["name"]["te"]
    assert found["days"][0]["date"] == "2026-12-01"
    assert found["days"][0]["windows"]
    assert found["days"][0]["reasons"]
    assert {r["date"] for r in found["rejected"]} >= {"2026-12-07"}
    assert len(found["days"]) + len(found["rejected"]) == 15


async def test_birth_nakshatras_narrow_the_windows_and_a_place_is_looked_up(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    base = {"kind": "MARRIAGE", "firstDay": "2026-12-01", "lastDay": "2026-12-15", "place": "విజయవాడ"}
    plain = (await ask(client, callers.headers("user"), SEARCH, input=base))["data"]["muhurthamSearch"]
    personal = (
        await ask(
            client, callers.headers("user"), SEARCH, input={**base, "birthNakshatras": ["ROHINI", "HASTA"]}
        )
    )["data"]["muhurthamSearch"]
    assert plain["place"]["name"]["en"] == "Vijayawada"
    assert len(personal["days"]) < len(plain["days"])
    assert any("tarabala" in r["rule"] for r in personal["rejected"])


async def test_bad_searches_are_refused_with_stable_codes(
    client: httpx.AsyncClient, callers: Callers
) -> None:
    cases = {
        "INVALID_DATE_RANGE": {"firstDay": "2026-12-15", "lastDay": "2026-12-01"},
        "RANGE_TOO_LONG": {"firstDay": "2026-01-01", "lastDay": "2027-12-31"},
        "UNKNOWN_PLACE": {"firstDay": "2026-12-01", "lastDay": "2026-12-02", "place": "Atlantis"},
        "DATE_OUT_OF_RANGE": {"firstDay": "2060-01-01", "lastDay": "2060-01-02"},
    }
    for code, dates in cases.items():
        answer = await ask(client, callers.headers("user"), SEARCH, input={"kind": "GRUHAPRAVESAM", **dates})
        assert answer["errors"][0]["extensions"]["code"] == code, (code, answer)
    anonymous = await ask(client, {}, SEARCH, input={"kind": "MARRIAGE", **cases["UNKNOWN_PLACE"]})
    assert anonymous["errors"][0]["extensions"]["code"] == "NOT_AUTHENTICATED"
