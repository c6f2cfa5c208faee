"""The organizer's directory profile: what is sent, rupees the app cannot read, and the service's
errors beside the box of the service row they name, whichever rows were removed before."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.explore import operations
from eventxperts_app.features.explore.listing_editor import ListingEditorScreen
from eventxperts_app.features.explore.listing_variables import ListingForm, OfferForm, listing_variables
from eventxperts_app.features.explore.models import ServiceKind
from eventxperts_app.features.explore.parsing import parse_listing
from eventxperts_app.ui.app_context import AppContext

from ...texts import EN
from .payloads import LISTING
from .sdl_answers import answered

KINDS = (ServiceKind("decoration", "Decoration", "అలంకరణ"), ServiceKind("lighting", "Lighting", "లైటింగ్"))


def form_of(*offers: OfferForm, phone: str = "") -> ListingForm:
    return ListingForm("Lakshmi Decorators", "", " Since 2005 ", "NTR, గుంటూరు", phone, True, offers)


def test_a_profile_goes_out_with_its_districts_prices_in_paise_and_the_phone_only_when_given() -> None:
    built = listing_variables(form_of(OfferForm("decoration", "25,000", "90000")))
    assert built.errors == []
    assert built.variables == {
        "displayName": "Lakshmi Decorators",
        "displayNameTe": None,
        "about": "Since 2005",
        "districts": ["NTR", "గుంటూరు"],
        "services": [{"service": "decoration", "minPaise": 2_500_000, "maxPaise": 9_000_000}],
        "contactWays": ["in_app"],
        "contactPhone": None,
        "published": True,
    }
    answered(
        operations.SAVE_ORGANIZER_LISTING,
        {"saveOrganizerListing": {"listing": None, "errors": []}},
        {"input": built.variables},
    )
    with_phone = listing_variables(form_of(phone="98480 22338")).variables
    assert (with_phone["contactWays"], with_phone["contactPhone"]) == (["in_app", "phone"], "98480 22338")


def test_unreadable_rupees_and_a_row_without_its_service_are_named_on_their_boxes() -> None:
    built = listing_variables(form_of(OfferForm("decoration", "25k", "90000"), OfferForm("", "1", "2")))
    assert [(e.code, e.field) for e in built.errors] == [
        ("REQUIRED", "services.1.service"),
        ("INVALID_AMOUNT", "services.0.minPaise"),
    ]


async def test_a_refusal_lands_on_the_row_it_names_after_a_row_was_removed(ctx: AppContext) -> None:
    screen = ListingEditorScreen(ctx)
    screen.kinds = KINDS
    screen.fill(
        parse_listing(
            answered(operations.ORGANIZER_LISTING, {"organizerListing": LISTING}, {"organizerId": "o"})[
                "organizerListing"
            ]
        )
    )
    assert (screen.rows[0].service.field.value, screen.rows[0].min_rupees.value) == ("decoration", "25,000")
    await screen.add_row()
    await screen.add_row()
    await screen.remove_row(screen.rows[1])
    assert len(screen.rows) == 2
    screen.errors.show([ApiError("INVALID_PRICE_RANGE", "upside down", "input.services[1].maxPaise")])
    assert screen.rows[1].max_rupees.error == EN.error("INVALID_PRICE_RANGE")
    assert screen.rows[0].max_rupees.error is None
