"""The document editor's live totals and tax split, computed in the app with libs/gst, the library the
billing service computes with (pure). The service's answer is the one that counts once saved or issued.

The regime follows the service's rule at issue: CGST+SGST within the organizer's state, IGST across
states, none for a composition or unregistered business; the place of supply is a registered client's
state (from the GSTIN), else the event's state, else the client's (IGST Act s.12(7)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import gst
import india

from eventxperts_app.features.billing.forms import LineForm
from eventxperts_app.features.billing.models import BillingClient, BillingProfile, RegistrationType
from eventxperts_app.features.billing.quantities import read_quantity
from eventxperts_app.ui.local_time import rupees_to_paise

_REGISTRATIONS = {
    RegistrationType.REGULAR: gst.RegistrationType.REGULAR,
    RegistrationType.COMPOSITION: gst.RegistrationType.COMPOSITION,
    RegistrationType.UNREGISTERED: gst.RegistrationType.UNREGISTERED,
}


@dataclass(frozen=True)
class LiveTotals:
    totals: gst.DocumentTotals
    place_of_supply: str | None  # None until the client's or the event's state is known
    unread_lines: int  # lines left out because a box cannot be read yet


def regime_of(
    profile: BillingProfile | None, client: BillingClient | None, event_state: str | None
) -> tuple[gst.TaxRegime, str | None]:
    """The regime the service will apply at issue, and the place of supply (state code) if known.

    Until both states are known the split is shown as within one state, as the service's drafts are.
    """
    registration = _REGISTRATIONS[profile.registration_type] if profile else gst.RegistrationType.REGULAR
    if not gst.charges_tax(registration):
        return gst.TaxRegime.NONE, None
    try:
        place = gst.place_of_supply_for_event(
            recipient_gstin=client.gstin if client else None,
            recipient_state=client.state_code if client else None,
            event_state=event_state or None,
        )
    except india.UnknownState:
        return gst.TaxRegime.INTRA_STATE, None
    supplier = profile.state_code if profile else None
    if not supplier:
        return gst.TaxRegime.INTRA_STATE, place
    return gst.tax_regime(registration=registration, supplier_state=supplier, place_of_supply=place), place


def _line(form: LineForm) -> gst.Line | None:
    quantity = read_quantity(form.quantity)
    rate = rupees_to_paise(form.rate_rupees)
    discount = rupees_to_paise(form.discount_rupees)
    if quantity is None or not rate or discount is None:
        return None
    try:
        return gst.line(quantity=quantity, rate_paise=rate, tax_rate=form.tax_rate, discount_paise=discount)
    except gst.GstError:
        return None


def live_totals(
    lines: Sequence[LineForm],
    profile: BillingProfile | None,
    client: BillingClient | None,
    event_state: str | None = None,
    *,
    taxed: bool = True,
) -> LiveTotals:
    """Totals of the lines that can be read so far; the others are counted, not guessed. A delivery
    challan (``taxed`` False) carries values only."""
    read = [_line(form) for form in lines]
    regime, place = regime_of(profile, client, event_state)
    if not taxed:
        regime = gst.TaxRegime.NONE
    usable = [line for line in read if line is not None]
    return LiveTotals(gst.document_totals(usable, regime), place, len(read) - len(usable))
