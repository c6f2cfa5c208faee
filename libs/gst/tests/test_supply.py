import pytest
from gst import (
    DocumentTitle,
    RegistrationType,
    TaxRegime,
    document_title,
    place_of_supply_for_event,
    place_of_supply_for_goods,
    tax_regime,
)
from india import UnknownState

HYDERABAD_CLIENT_GSTIN = "36AABCT1332L1ZF"


def test_a_registered_clients_location_is_the_place_of_supply_wherever_the_event_is() -> None:
    place = place_of_supply_for_event(
        recipient_gstin=HYDERABAD_CLIENT_GSTIN, recipient_state="37", event_state="37"
    )
    assert place == "36"


def test_for_an_unregistered_client_the_event_location_is_the_place_of_supply() -> None:
    assert place_of_supply_for_event(recipient_gstin=None, recipient_state="36", event_state="37") == "37"


def test_without_a_venue_the_unregistered_clients_address_decides() -> None:
    assert place_of_supply_for_event(recipient_gstin=None, recipient_state="36", event_state=None) == "36"


def test_no_state_at_all_is_an_unknown_state() -> None:
    with pytest.raises(UnknownState):
        place_of_supply_for_event(recipient_gstin=None, recipient_state=None, event_state=None)


def test_goods_are_supplied_where_delivered() -> None:
    assert place_of_supply_for_goods(delivery_state="7") == "07"


def test_a_hyderabad_decorator_at_a_vijayawada_wedding_for_a_family_charges_igst() -> None:
    place = place_of_supply_for_event(recipient_gstin=None, recipient_state="36", event_state="37")
    regime = tax_regime(registration=RegistrationType.REGULAR, supplier_state="36", place_of_supply=place)
    assert regime is TaxRegime.INTER_STATE


def test_within_telangana_it_is_cgst_and_sgst() -> None:
    regime = tax_regime(registration=RegistrationType.REGULAR, supplier_state="36", place_of_supply="36")
    assert regime is TaxRegime.INTRA_STATE


@pytest.mark.parametrize("registration", [RegistrationType.COMPOSITION, RegistrationType.UNREGISTERED])
def test_composition_and_unregistered_suppliers_charge_no_tax(registration: RegistrationType) -> None:
    assert tax_regime(registration=registration, supplier_state="36", place_of_supply="37") is TaxRegime.NONE


def test_each_registration_issues_its_own_kind_of_document() -> None:
    assert document_title(RegistrationType.REGULAR) is DocumentTitle.TAX_INVOICE
    assert document_title(RegistrationType.COMPOSITION) is DocumentTitle.BILL_OF_SUPPLY
    assert document_title(RegistrationType.UNREGISTERED) is DocumentTitle.BILL
