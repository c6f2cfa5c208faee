"""The billing screens built without a browser: live totals and tax split while typing, in both
languages; the service's errors beside their boxes; the actions each kind and status allows; the
balance; a GSTIN choosing the client's state."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.billing_screen import BillingScreen
from eventxperts_app.features.billing.clients_screen import ClientsScreen
from eventxperts_app.features.billing.models import DocumentKind
from eventxperts_app.features.billing.parsing import (
    parse_client,
    parse_document,
    parse_item_defaults,
    parse_profile,
)
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...control_texts import shown_texts
from ...languages import switch
from ...texts import EN, TE
from .payloads import client_json, document_json, profile_json
from .sdl_answers import answered

SHAMIANA = {
    "description": "Shamiana rental",
    "taxCode": "997319",
    "unit": "day",
    "ratePaise": 18_000_00,
    "taxRate": "12",
}


def billing(ctx: AppContext) -> BillingScreen:
    screen = BillingScreen(ctx)
    screen.data.profile = parse_profile(profile_json())
    screen.data.clients = (
        parse_client(client_json()),
        parse_client(client_json(id="c-2", name="Ravi", gstin="37AABCU9603R1ZX", stateCode="37")),
    )
    return screen


def test_the_editor_totals_follow_every_keystroke_with_the_tax_split(ctx: AppContext) -> None:
    screen = billing(ctx)
    editor = screen.editor
    editor.start(DocumentKind.QUOTATION)
    editor.client.value = "c-1"
    row = editor.lines.rows[0]
    row.description.value, row.rate.value = "Decoration", "100000"
    editor.recompute()
    texts = shown_texts(editor.control)
    assert {"CGST", "SGST", "₹9,000", "₹1,18,000", "Within the state: CGST + SGST"} <= set(texts)
    assert "Rupees One Lakh Eighteen Thousand Only" in texts
    editor.client.value = "c-2"  # registered in Andhra Pradesh: IGST
    editor.recompute()
    texts = shown_texts(editor.control)
    assert {"IGST", "₹18,000", "Across states: IGST"} <= set(texts)
    assert "CGST" not in texts
    switch(ctx, screen, Language.TE)
    texts = shown_texts(editor.control)
    assert "వేరే రాష్ట్రానికి: IGST" in texts
    assert any("లక్ష" in t for t in texts)


def test_a_known_sac_chooses_its_rate(ctx: AppContext) -> None:
    screen = billing(ctx)
    screen.editor.start(DocumentKind.INVOICE)
    row = screen.editor.lines.rows[0]
    row.tax_rate.value, row.tax_code.value = "5", "998596"
    row.code_typed()
    assert row.tax_rate.value == "18"


def test_the_services_errors_land_beside_the_line_boxes_in_both_languages(ctx: AppContext) -> None:
    screen = billing(ctx)
    editor = screen.editor
    editor.start(DocumentKind.QUOTATION)
    editor.lines.add()
    editor.errors.show(
        [
            ApiError("INVALID_TAX_CODE", "bad", "lines.1.taxCode"),
            ApiError("NO_LINES", "none", "lines"),
            ApiError("NOT_FOUND", "No such client.", "clientId"),
        ]
    )
    assert editor.lines.rows[1].tax_code.error == EN.error("INVALID_TAX_CODE")
    assert editor.lines.rows[0].tax_code.error is None
    assert editor.client.error_text == EN.error("NOT_FOUND")
    assert EN.error("NO_LINES") in shown_texts(editor.control)
    switch(ctx, screen, Language.TE)
    assert editor.lines.rows[1].tax_code.error == TE.error("INVALID_TAX_CODE")


def test_each_kind_and_status_offers_its_next_steps(ctx: AppContext) -> None:
    detail = billing(ctx).detail
    detail.show(parse_document(document_json(kind="QUOTATION", status="DRAFT", number=None)))
    assert {"Change draft", "Client accepted", "Client declined"} <= set(shown_texts(detail.actions))
    detail.show(parse_document(document_json(kind="QUOTATION", status="ACCEPTED", number=None)))
    assert "Make the invoice" in shown_texts(detail.actions)
    detail.show(parse_document(document_json(status="DRAFT", number=None, balancePaise=None)))
    assert "Issue invoice" in shown_texts(detail.actions)
    detail.show(parse_document(document_json()))
    texts = shown_texts(detail.control)
    assert {"Invoice INV/26-27/0001", "Balance due: ₹1,18,000", "Record a payment", "Credit note"} <= set(
        texts
    )
    detail.show(parse_document(document_json(balancePaise=0)))
    texts = shown_texts(detail.control)
    assert "Paid in full" in texts
    assert "Record a payment" not in texts


def test_a_draft_delivery_challan_names_its_purpose_and_the_values_to_confirm_in_both_languages(
    ctx: AppContext,
) -> None:
    screen = billing(ctx)
    challan = document_json(
        kind="DELIVERY_CHALLAN",
        status="DRAFT",
        number=None,
        title=None,
        regime="NONE",
        balancePaise=None,
        purpose="OTHER",
        valuesToConfirm=["Shamiana"],
    )
    screen.detail.show(parse_document(challan))
    texts = shown_texts(screen.detail.control)
    assert {"Issue challan", "Give the value of Shamiana and save before issuing"} <= set(texts)
    assert "The tax split is fixed when the invoice is issued" not in texts
    assert (screen.detail.purpose_row.visible, screen.detail.purpose.value) == (True, "OTHER")
    issued = {**challan, "status": "ISSUED", "number": "DC/2627/1", "valuesToConfirm": []}
    screen.detail.show(parse_document(issued))
    assert "Purpose: Goods on hire for the event (to come back)" in shown_texts(screen.detail.control)
    assert screen.detail.purpose_row.visible is False
    screen.detail.show(parse_document(challan))
    switch(ctx, screen, Language.TE)
    assert {"చలాన్ జారీ చేయండి", "జారీ చేసే ముందు Shamiana విలువ ఇచ్చి భద్రపరచండి"} <= set(
        shown_texts(screen.detail.control)
    )
    screen.documents.tab = 2
    screen.documents.documents = (parse_document(challan),)
    switch(ctx, screen, Language.EN)
    assert "Delivery challan · no number yet" in shown_texts(screen.documents.control)


def test_a_marketplace_orders_invoice_names_the_order_where_a_client_would_be(ctx: AppContext) -> None:
    screen = billing(ctx)
    invoice = parse_document(document_json(clientId=None, recipientName="Marketplace order 1A2B3C4D"))
    screen.detail.show(invoice)
    assert "Client: Marketplace order 1A2B3C4D" in shown_texts(screen.detail.control)


def test_a_payment_over_the_balance_is_shown_beside_the_amount(ctx: AppContext) -> None:
    screen = billing(ctx)
    invoice = parse_document(document_json(balancePaise=500_000))
    advance = parse_document(
        document_json(id="rv-1", kind="RECEIPT_VOUCHER", number="RV/1", totalPaise=1_180_000)
    )
    panel = screen.detail.payment
    panel.start(invoice, (advance,))
    assert panel.amount.value == "5000"
    panel.mode.value = "ADVANCE"
    panel._mode_chosen()
    assert panel.advance.visible
    assert panel.advance.value == "rv-1"
    assert panel.amount.value == "5000"
    panel.errors.show(
        [ApiError("PAYMENT_EXCEEDS_BALANCE", "The balance due is 500000 paise.", "amountPaise")]
    )
    assert panel.amount.error == EN.error("PAYMENT_EXCEEDS_BALANCE")
    switch(ctx, screen, Language.TE)
    assert panel.amount.error == TE.error("PAYMENT_EXCEEDS_BALANCE")


def test_the_amount_in_words_follows_the_language(ctx: AppContext) -> None:
    screen = billing(ctx)
    screen.detail.show(parse_document(document_json()))
    assert "Rupees One Lakh Eighteen Thousand Only" in shown_texts(screen.detail.control)
    switch(ctx, screen, Language.TE)
    assert "ఒక లక్ష పద్దెనిమిది వేల రూపాయలు మాత్రమే" in shown_texts(screen.detail.control)


def test_a_gstin_chooses_the_clients_state(ctx: AppContext) -> None:
    fields = ClientsScreen(ctx).fields
    fields.gstin.value = "37AABCU9603R1ZX"
    fields.gstin_typed()
    assert fields.state.value == "37"


def test_an_item_billed_before_fills_its_line_but_never_over_a_typed_rate(ctx: AppContext) -> None:
    screen = billing(ctx)
    answer = answered(operations.BILLING_ITEM_DEFAULTS, {"billingItemDefaults": [SHAMIANA]}, {"first": 100})
    screen.data.item_defaults = {i.description.casefold(): i for i in parse_item_defaults(answer)}
    screen.editor.start(DocumentKind.INVOICE)
    screen.editor.client.value = "c-1"
    row = screen.editor.lines.rows[0]
    row.description.value = "shamiana rental "
    row.description_typed()
    assert (row.tax_code.value, row.unit.value, row.rate.value, row.tax_rate.value) == (
        "997319",
        "day",
        "18000",
        "12",
    )
    assert "₹20,160" in shown_texts(screen.editor.control)  # 18,000 and 12%
    other = screen.editor.lines.add()
    other.rate.value = "500"
    other.description.value = "Shamiana rental"
    other.description_typed()
    assert (other.rate.value, other.tax_code.value) == ("500", "")
