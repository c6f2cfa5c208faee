"""What the billing forms send: rupees as paise, quantities as text, and what cannot be read as a
typed error on its box (nothing is sent then)."""

from __future__ import annotations

from eventxperts_app.features.billing.forms import DocumentForm, LineForm, PaymentForm
from eventxperts_app.features.billing.models import DocumentKind, PaymentMode
from eventxperts_app.features.billing.variables import draft_variables, payment_variables


def test_a_draft_sends_rupees_as_paise_and_leaves_empty_boxes_out() -> None:
    form = DocumentForm(
        kind=DocumentKind.QUOTATION,
        client_id="c-1",
        lines=(LineForm(description=" Decoration ", rate_rupees="1,25,000.50", discount_rupees="500"),),
    )
    built = draft_variables(form)
    assert built.errors == []
    sent = built.variables["input"]
    assert isinstance(sent, dict)
    assert sent["documentId"] is None
    assert sent["documentDate"] is None
    assert sent["lines"] == [
        {
            "description": "Decoration",
            "taxCode": None,
            "quantity": "1",
            "unit": "nos",
            "ratePaise": 12_500_050,
            "discountPaise": 50_000,
            "taxRate": "18",
        }
    ]


def test_an_unreadable_quantity_rate_or_date_is_a_typed_error_on_its_box() -> None:
    form = DocumentForm(
        document_date="10/12/2026",
        lines=(LineForm(), LineForm(quantity="2.0005", rate_rupees="ten")),
    )
    errors = {(e.code, e.field) for e in draft_variables(form).errors}
    assert errors == {
        ("INVALID_BILLING_DATE_TEXT", "documentDate"),
        ("INVALID_QUANTITY_TEXT", "lines.1.quantity"),
        ("INVALID_AMOUNT", "lines.1.ratePaise"),
    }


def test_a_payment_names_the_advance_only_when_one_is_adjusted() -> None:
    upi = payment_variables("d-1", PaymentForm(amount_rupees="5000", mode=PaymentMode.UPI, advance_id="a-1"))
    assert upi.variables["input"] == {
        "invoiceId": "d-1",
        "amountPaise": 500_000,
        "mode": "UPI",
        "receivedOn": None,
        "reference": None,
        "advanceId": None,
    }
    adjusted = payment_variables(
        "d-1", PaymentForm(amount_rupees="11800", mode=PaymentMode.ADVANCE, advance_id="a-1")
    )
    sent = adjusted.variables["input"]
    assert isinstance(sent, dict)
    assert sent["advanceId"] == "a-1"
    assert sent["mode"] == "ADVANCE"
