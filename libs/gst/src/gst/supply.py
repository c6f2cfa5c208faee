"""Who may charge tax, and which tax: registration types, the place of supply and the tax heads.

Intra-state (supplier's state = place of supply): CGST + SGST, each half the rate. Inter-state: IGST at
the whole rate. Place of supply of event services (IGST Act s.12(7)(a)): a registered recipient's
location; for an unregistered recipient, where the event is held (their address when no venue is
known). Goods (s.10(1)): where the goods are delivered.
"""

from __future__ import annotations

from enum import StrEnum

from india import state_for_code


class RegistrationType(StrEnum):
    """The supplier's GST registration: it decides the kind of document it may issue."""

    REGULAR = "regular"
    COMPOSITION = "composition"
    UNREGISTERED = "unregistered"


class DocumentTitle(StrEnum):
    """What a sale document is called, by the supplier's registration."""

    TAX_INVOICE = "Tax Invoice"
    BILL_OF_SUPPLY = "Bill of Supply"
    BILL = "Bill"


class TaxRegime(StrEnum):
    INTRA_STATE = "intra_state"  # CGST + SGST
    INTER_STATE = "inter_state"  # IGST
    NONE = "none"  # bill of supply or plain bill: no tax lines


def document_title(registration: RegistrationType) -> DocumentTitle:
    """A regular taxpayer issues a tax invoice; a composition taxpayer a bill of supply (no tax, CGST
    s.31(3)(c)); an unregistered business a plain bill."""
    return {
        RegistrationType.REGULAR: DocumentTitle.TAX_INVOICE,
        RegistrationType.COMPOSITION: DocumentTitle.BILL_OF_SUPPLY,
        RegistrationType.UNREGISTERED: DocumentTitle.BILL,
    }[registration]


def charges_tax(registration: RegistrationType) -> bool:
    """Only a regular taxpayer charges GST on its documents."""
    return registration is RegistrationType.REGULAR


def place_of_supply_for_event(
    *, recipient_gstin: str | None, recipient_state: str | None, event_state: str | None
) -> str:
    """The state code of the place of supply of an event service (s.12(7)(a)): the registered
    recipient's state (from their GSTIN), otherwise the event's state, otherwise the recipient's address.

    Raises india.UnknownState when none of them gives a state.
    """
    if recipient_gstin:
        return state_for_code(recipient_gstin[:2]).code
    for candidate in (event_state, recipient_state):
        if candidate:
            return state_for_code(candidate).code
    return state_for_code("").code


def place_of_supply_for_goods(*, delivery_state: str) -> str:
    """Goods are supplied where they are delivered (s.10(1)(a))."""
    return state_for_code(delivery_state).code


def tax_regime(*, registration: RegistrationType, supplier_state: str, place_of_supply: str) -> TaxRegime:
    """CGST+SGST within a state, IGST across states, nothing for a bill of supply or a plain bill."""
    if not charges_tax(registration):
        return TaxRegime.NONE
    same = state_for_code(supplier_state).code == state_for_code(place_of_supply).code
    return TaxRegime.INTRA_STATE if same else TaxRegime.INTER_STATE
