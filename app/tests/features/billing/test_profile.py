"""The billing profile screen: the saved bank account shown masked, the logo and signature printed or
not with their buttons, a new numbering series sent and shown, in English and Telugu; refusals of
an upload land on the banner."""

from __future__ import annotations

import httpx
from eventxperts_app.api.signed_upload import refusal_of
from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.models import ImageKind
from eventxperts_app.features.billing.parsing import parse_profile
from eventxperts_app.features.billing.profile_screen import BillingProfileScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...held_gateway import HeldGateway, answer_next
from ...languages import switch
from ...texts import EN, te
from .payloads import profile_json
from .sdl_answers import answered

ACCOUNT = {"numberMasked": "XXXXXXXX1234", "ifsc": "HDFC0001234", "bank": "HDFC Bank, Ameerpet"}


def test_the_saved_account_shows_masked_and_the_images_say_whether_they_print(ctx: AppContext) -> None:
    screen = BillingProfileScreen(ctx)
    data = answered(
        operations.BILLING_PROFILE, {"billingProfile": profile_json(bankAccount=ACCOUNT, hasLogo=True)}
    )
    screen.show(parse_profile(data["billingProfile"]))

    texts = shown_texts(*screen.controls)
    assert "Saved account: XXXXXXXX1234 · HDFC0001234 · HDFC Bank, Ameerpet" in texts
    assert {"Your logo is printed on your documents.", "No signature yet."} <= set(texts)
    assert screen.images[ImageKind.LOGO].remove.visible
    assert not screen.images[ImageKind.SIGNATURE].remove.visible
    assert screen.bank_account.value == ""  # the number itself never comes back
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert f"{te('Saved account')}: XXXXXXXX1234 · HDFC0001234 · HDFC Bank, Ameerpet" in texts
    assert {te("Your logo is printed on your documents."), te("No signature yet.")} <= set(texts)


async def test_a_new_series_is_sent_in_capitals_and_shown(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = BillingProfileScreen(held_ctx)
    screen.show(parse_profile(profile_json()))
    screen.series_prefix.value, screen.series_name.value = " dec ", "Decoration"
    series = [
        {"id": "s-1", "kind": "INVOICE", "prefix": "INV", "name": "Invoices"},
        {"id": "s-2", "kind": "INVOICE", "prefix": "DEC", "name": "Decoration"},
    ]
    variables = {"input": {"kind": "INVOICE", "prefix": "DEC", "name": "Decoration"}}
    payload = {"profile": profile_json(series=series), "errors": []}
    answer = answered(operations.ADD_DOCUMENT_SERIES, {"addDocumentSeries": payload}, variables)

    assert await answer_next(held_gateway, screen._add_series(), answer) == variables
    assert "DEC · Invoice · Decoration" in shown_texts(screen.series)
    assert screen.series_prefix.value == ""


async def test_an_upload_link_refused_shows_why_and_sends_nothing(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = BillingProfileScreen(held_ctx)
    screen.show(parse_profile(profile_json()))
    refusal = {
        "url": None,
        "expiresAt": None,
        "errors": [{"code": "FORBIDDEN", "field": None, "message": "no"}],
    }
    answer = answered(
        operations.BILLING_IMAGE_UPLOAD_URL, {"billingImageUploadUrl": refusal}, {"kind": "LOGO"}
    )

    sent = await answer_next(held_gateway, screen.images[ImageKind.LOGO].send("logo.png", b"\x89PNG"), answer)

    assert sent == {"kind": "LOGO"}
    assert EN.error("FORBIDDEN") in shown_texts(*screen.controls)
    assert held_gateway.requests.empty()


def test_the_services_refusal_of_an_image_keeps_its_code() -> None:
    too_large = httpx.Response(413, json={"error": {"code": "IMAGE_TOO_LARGE", "message": "At most 1 MB."}})
    assert refusal_of(too_large).code == "IMAGE_TOO_LARGE"
    assert refusal_of(httpx.Response(502, text="Bad gateway")).code == "UNEXPECTED_RESPONSE"
