"""Mutation inputs, mapped to the use cases' commands."""

from __future__ import annotations

from datetime import date

import gst
import strawberry
from servicekit.graphql.paise import Paise

from billing_service.domain.documents import LineInput
from billing_service.domain.vocabulary import DocumentKind, PaymentMode


@strawberry.input(name="InvoiceLineInput")
class InvoiceLineInput:
    description: str
    quantity: str = strawberry.field(description="Up to three decimals, more than zero.")
    rate_paise: Paise
    tax_rate: str = strawberry.field(description="The whole GST rate in percent, e.g. 18.")
    unit: str = "nos"
    tax_code: str | None = strawberry.field(default=None, description="SAC (services) or HSN (goods).")
    discount_paise: Paise = Paise(0)

    def to_line(self) -> LineInput:
        return LineInput(
            self.description,
            self.quantity,
            int(self.rate_paise),
            self.tax_rate,
            self.unit,
            self.tax_code,
            int(self.discount_paise),
        )


@strawberry.input(name="BillingProfileInput")
class BillingProfileInput:
    registration_type: gst.RegistrationType
    organizer_id: strawberry.ID | None = None
    legal_name: str | None = None
    upi_id: str | None = None
    bank_account_number: str | None = None
    bank_ifsc: str | None = None
    bank_name: str | None = None
    default_terms: str | None = None
    remove_bank_account: bool = strawberry.field(
        default=False, description="Without a new account number and IFSC the saved account is kept."
    )


@strawberry.input(name="AddDocumentSeriesInput")
class AddDocumentSeriesInput:
    kind: DocumentKind
    prefix: str = strawberry.field(description="1-6 letters, digits or '-', unique among your series.")
    name: str
    organizer_id: strawberry.ID | None = None


@strawberry.input(name="BillingClientInput")
class BillingClientInput:
    name: str
    client_id: strawberry.ID | None = None
    organizer_id: strawberry.ID | None = None
    phones: list[str] = strawberry.field(default_factory=list)
    email: str | None = None
    address_line: str | None = None
    city: str | None = None
    pin_code: str | None = None
    state_code: str | None = None
    gstin: str | None = None


@strawberry.input(name="BillingDraftInput")
class BillingDraftInput:
    kind: DocumentKind
    lines: list[InvoiceLineInput]
    document_id: strawberry.ID | None = None
    organizer_id: strawberry.ID | None = None
    client_id: strawberry.ID | None = None
    document_date: date | None = None
    event_state_code: str | None = None
    booking_id: strawberry.ID | None = None
    notes: str | None = None


@strawberry.input(name="RecordPaymentInput")
class RecordPaymentInput:
    invoice_id: strawberry.ID
    amount_paise: Paise
    mode: PaymentMode
    received_on: date | None = None
    reference: str | None = None
    advance_id: strawberry.ID | None = None


@strawberry.input(name="RecordAdvanceInput")
class RecordAdvanceInput:
    client_id: strawberry.ID
    description: str
    amount_paise: Paise
    tax_rate: str
    mode: PaymentMode
    organizer_id: strawberry.ID | None = None
    tax_code: str | None = None
    booking_id: strawberry.ID | None = None
    event_state_code: str | None = None
    reference: str | None = None


@strawberry.input(name="IssueNoteInput")
class IssueNoteInput:
    invoice_id: strawberry.ID
    kind: DocumentKind
    lines: list[InvoiceLineInput]
    reason: str | None = None
