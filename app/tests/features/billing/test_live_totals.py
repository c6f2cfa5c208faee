"""The editor's live totals: the GST library's arithmetic with the regime the service applies at issue."""

from __future__ import annotations

import gst
from eventxperts_app.features.billing.forms import LineForm
from eventxperts_app.features.billing.live_totals import live_totals
from eventxperts_app.features.billing.parsing import parse_client, parse_profile

from .payloads import client_json, profile_json

DECOR = LineForm(description="Decoration", quantity="1", rate_rupees="100000", tax_rate="18")
LIGHTS = LineForm(description="Lights", quantity="2.5", unit="hours", rate_rupees="999.99", tax_rate="5")


def test_a_client_in_the_organizers_state_pays_cgst_and_sgst_rounded_to_the_rupee_at_the_total() -> None:
    live = live_totals([DECOR, LIGHTS], parse_profile(profile_json()), parse_client(client_json()))
    t = live.totals
    assert t.regime is gst.TaxRegime.INTRA_STATE
    assert t.taxable_paise == 10_000_000 + 249_998
    assert (t.cgst_paise, t.sgst_paise, t.igst_paise) == (906_200, 906_200, 0)
    assert t.total_paise == 10_249_998 + 1_812_400
    assert live.place_of_supply == "36"


def test_a_registered_client_in_another_state_pays_igst_whatever_the_event_state() -> None:
    client = parse_client(client_json(gstin="37AABCU9603R1ZX", stateCode="37"))
    live = live_totals([DECOR], parse_profile(profile_json()), client, event_state="36")
    assert live.totals.regime is gst.TaxRegime.INTER_STATE
    assert (live.totals.cgst_paise, live.totals.igst_paise) == (0, 1_800_000)
    assert live.place_of_supply == "37"


def test_an_unregistered_client_is_taxed_where_the_event_is_held() -> None:
    live = live_totals([DECOR], parse_profile(profile_json()), parse_client(client_json()), event_state="37")
    assert live.totals.regime is gst.TaxRegime.INTER_STATE


def test_a_composition_business_charges_no_gst() -> None:
    profile = parse_profile(profile_json(registrationType="COMPOSITION"))
    live = live_totals([DECOR], profile, parse_client(client_json()))
    assert live.totals.regime is gst.TaxRegime.NONE
    assert live.totals.total_paise == 10_000_000


def test_lines_that_cannot_be_read_yet_are_counted_not_guessed() -> None:
    half_typed = [DECOR, LineForm(quantity="-1", rate_rupees="10"), LineForm(quantity="1", rate_rupees="")]
    live = live_totals(half_typed, None, None)
    assert live.unread_lines == 2
    assert live.totals.taxable_paise == 10_000_000
