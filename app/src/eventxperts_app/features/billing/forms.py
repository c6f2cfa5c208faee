"""What the billing forms send, as typed: empty strings mean "not given" (docs/api/billing.graphql)."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.features.billing.models import DocumentKind, PaymentMode, RegistrationType

DEFAULT_TAX_RATE = "18"


@dataclass(frozen=True)
class LineForm:
    description: str = ""
    tax_code: str = ""
    quantity: str = "1"
    unit: str = "nos"
    rate_rupees: str = ""
    discount_rupees: str = ""
    tax_rate: str = DEFAULT_TAX_RATE


@dataclass(frozen=True)
class ProfileForm:
    registration_type: RegistrationType = RegistrationType.REGULAR
    legal_name: str = ""
    upi_id: str = ""
    bank_account_number: str = ""
    bank_ifsc: str = ""
    bank_name: str = ""
    default_terms: str = ""


@dataclass(frozen=True)
class ClientForm:
    name: str = ""
    phones: str = ""  # one or more, separated by commas
    email: str = ""
    address_line: str = ""
    city: str = ""
    pin_code: str = ""
    state_code: str = ""
    gstin: str = ""
    client_id: str = ""  # set when changing a client


@dataclass(frozen=True)
class DocumentForm:
    kind: DocumentKind = DocumentKind.QUOTATION
    client_id: str = ""
    document_date: str = ""  # YYYY-MM-DD; empty: today
    event_state_code: str = ""
    notes: str = ""
    lines: tuple[LineForm, ...] = ()
    document_id: str = ""  # set when changing a draft


@dataclass(frozen=True)
class PaymentForm:
    amount_rupees: str = ""
    mode: PaymentMode = PaymentMode.UPI
    received_on: str = ""
    reference: str = ""
    advance_id: str = ""


@dataclass(frozen=True)
class AdvanceForm:
    client_id: str = ""
    description: str = ""
    amount_rupees: str = ""
    tax_rate: str = DEFAULT_TAX_RATE
    tax_code: str = ""
    mode: PaymentMode = PaymentMode.UPI
    reference: str = ""
