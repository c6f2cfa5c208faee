"""Billing answers, first checked against the committed SDL with the app's own documents, map to typed
results; an answer off the contract is UNEXPECTED_RESPONSE, never a crash."""

from __future__ import annotations

import pytest
from eventxperts_app.api import GatewayError
from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.models import (
    ChallanPurpose,
    DocumentKind,
    DocumentStatus,
    RegistrationType,
    TaxRegime,
)
from eventxperts_app.features.billing.parsing import (
    parse_document,
    parse_document_payload,
    parse_documents,
    parse_payment_payload,
    parse_profile,
)

from .payloads import document_json, line_json, profile_json
from .sdl_answers import answered


def test_a_document_list_maps_kind_status_amounts_and_balance() -> None:
    data = answered(
        operations.BILLING_DOCUMENTS,
        {
            "billingDocuments": [
                document_json(),
                document_json(
                    id="d-2", kind="QUOTATION", status="DRAFT", number=None, regime=None, balancePaise=None
                ),
            ]
        },
        {"kind": None, "first": 100, "offset": 0},
    )
    invoice, quotation = parse_documents(data)
    assert (invoice.kind, invoice.status, invoice.number) == (
        DocumentKind.INVOICE,
        DocumentStatus.ISSUED,
        "INV/26-27/0001",
    )
    assert invoice.regime is TaxRegime.INTRA_STATE
    assert invoice.amounts.total_paise == 11_800_000
    assert invoice.balance_paise == 11_800_000
    assert invoice.lines[0].tax_code == "998596"
    assert quotation.is_draft
    assert quotation.number is None
    assert quotation.regime is None


def test_an_issued_challan_answers_its_purpose() -> None:
    challan = document_json(
        kind="DELIVERY_CHALLAN", number="DC/2627/1", purpose="JOB_WORK", balancePaise=None
    )
    variables = {"id": "d-1", "purpose": "JOB_WORK"}
    answer = {"issueDeliveryChallan": {"document": challan, "errors": []}}
    data = answered(operations.ISSUE_DELIVERY_CHALLAN, answer, variables)
    result = parse_document_payload(data, "issueDeliveryChallan")
    assert result.document is not None
    assert (result.document.kind, result.document.purpose) == (
        DocumentKind.DELIVERY_CHALLAN,
        ChallanPurpose.JOB_WORK,
    )


def test_a_refused_issue_answers_typed_errors_and_no_document() -> None:
    refusal = {
        "document": None,
        "errors": [{"code": "PROFILE_INCOMPLETE", "field": None, "message": "state"}],
    }
    data = answered(operations.ISSUE_INVOICE, {"issueInvoice": refusal}, {"id": "d-1", "seriesId": None})
    result = parse_document_payload(data, "issueInvoice")
    assert result.document is None
    assert [e.code for e in result.errors] == ["PROFILE_INCOMPLETE"]


def test_a_payment_answers_the_balance_left() -> None:
    variables = {"input": {"invoiceId": "d-1", "amountPaise": 100, "mode": "CASH"}}
    data = answered(
        operations.RECORD_PAYMENT, {"recordPayment": {"balancePaise": 0, "errors": []}}, variables
    )
    assert parse_payment_payload(data).balance_paise == 0


def test_the_profile_maps_registration_and_series() -> None:
    data = answered(operations.BILLING_PROFILE, {"billingProfile": profile_json()})
    profile = parse_profile(data["billingProfile"])
    assert profile.registration_type is RegistrationType.REGULAR
    assert [s.prefix for s in profile.series] == ["INV"]


def test_an_unknown_status_is_an_unexpected_response() -> None:
    with pytest.raises(GatewayError) as raised:
        parse_document(document_json(status="PAID"))
    assert raised.value.code == "UNEXPECTED_RESPONSE"


def test_a_quantity_the_service_writes_in_exponent_form_reads_as_the_plain_number() -> None:
    chairs = document_json(lines=[line_json(quantity="3E+2")])
    data = answered(operations.BILLING_DOCUMENT, {"billingDocument": chairs}, {"id": "d-1"})
    assert parse_document(data["billingDocument"]).lines[0].quantity == "300"
