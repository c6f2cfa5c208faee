"""The billing graph's types. Names carry Billing/Invoice where another subgraph could own the word."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import gst
import strawberry
from servicekit.graphql.paise import Paise

from billing_service.domain.vocabulary import ChallanPurpose, DocumentKind, DocumentStatus, PaymentMode
from billing_service.service_layer.reads import DocumentView, ProfileView

strawberry.enum(DocumentKind, name="BillingDocumentKind")
strawberry.enum(DocumentStatus, name="BillingDocumentStatus")
strawberry.enum(PaymentMode, name="PaymentMode")
strawberry.enum(ChallanPurpose, name="ChallanPurpose")
strawberry.enum(gst.RegistrationType, name="GstRegistrationType")
strawberry.enum(gst.TaxRegime, name="TaxRegime")


@strawberry.type(name="InvoiceLine")
class InvoiceLineType:
    description: str
    tax_code: str | None
    quantity: str
    unit: str
    rate_paise: Paise
    discount_paise: Paise
    tax_rate: str


@strawberry.type(name="BillingDocument")
class BillingDocumentType:
    id: strawberry.ID
    kind: DocumentKind
    status: DocumentStatus
    title: str | None
    number: str | None
    document_date: date
    client_id: strawberry.ID | None
    booking_id: strawberry.ID | None
    source_id: strawberry.ID | None
    place_of_supply: str | None
    regime: gst.TaxRegime | None
    lines: list[InvoiceLineType]
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    igst_paise: Paise
    total_paise: Paise
    balance_paise: Paise | None = strawberry.field(description="What is still due (issued invoices).")
    amount_in_words: str
    amount_in_words_te: str
    booking_changed: bool = strawberry.field(description="The booking changed after this was issued.")
    notes: str | None
    event_state_code: str | None = strawberry.field(description="Where the event is held (GST state code).")
    purpose: ChallanPurpose | None = strawberry.field(description="A delivery challan's purpose.")
    recipient_name: str | None = strawberry.field(
        description="Whom an issued document names (a marketplace order's invoice has no client)."
    )
    values_to_confirm: list[str] = strawberry.field(
        description="A draft challan's items whose value billing guessed: save the draft to confirm them."
    )

    @staticmethod
    def of(view: DocumentView) -> BillingDocumentType:
        d = view.document
        total = d.amounts.total_paise
        return BillingDocumentType(
            id=strawberry.ID(str(d.id)),
            kind=d.kind,
            status=d.status,
            title=d.title,
            number=d.numbering.number if d.numbering else None,
            document_date=d.document_date,
            client_id=_id(d.client_id),
            booking_id=_id(d.booking_id),
            source_id=_id(d.source_id),
            place_of_supply=d.place_of_supply,
            regime=d.regime,
            lines=[
                InvoiceLineType(
                    description=line.description,
                    tax_code=line.tax_code,
                    quantity=format(line.quantity.normalize(), "f"),  # 300, never "3E+2"
                    unit=line.unit,
                    rate_paise=Paise(line.rate_paise),
                    discount_paise=Paise(line.discount_paise),
                    tax_rate=format(line.tax_rate.normalize(), "f"),
                )
                for line in d.lines
            ],
            taxable_paise=Paise(d.amounts.taxable_paise),
            cgst_paise=Paise(d.amounts.cgst_paise),
            sgst_paise=Paise(d.amounts.sgst_paise),
            igst_paise=Paise(d.amounts.igst_paise),
            total_paise=Paise(total),
            balance_paise=Paise(view.balance_paise) if view.balance_paise is not None else None,
            amount_in_words=gst.rupees_in_words(total),
            amount_in_words_te=gst.rupees_in_words(total, "te"),
            booking_changed=d.booking_changed_at is not None,
            notes=d.notes,
            event_state_code=d.event_state_code,
            purpose=d.purpose,
            recipient_name=str((d.recipient or {}).get("name") or "") or None,
            values_to_confirm=d.values_to_confirm,
        )


def _id(value: uuid.UUID | None) -> strawberry.ID | None:
    return strawberry.ID(str(value)) if value else None


@strawberry.type(name="BillingItemDefault")
class BillingItemDefaultType:
    description: str
    tax_code: str | None
    unit: str
    rate_paise: Paise
    tax_rate: str = strawberry.field(description="The whole GST rate in percent, e.g. 18.")

    @staticmethod
    def of(row: Any) -> BillingItemDefaultType:
        return BillingItemDefaultType(
            description=row.description,
            tax_code=row.tax_code,
            unit=row.unit,
            rate_paise=Paise(row.rate_paise),
            tax_rate=f"{row.tax_rate.normalize():f}",
        )


@strawberry.type(name="BillingClient")
class BillingClientType:
    id: strawberry.ID
    name: str
    phones: list[str]
    email: str | None
    state_code: str | None
    gstin: str | None
    address_line: str | None
    city: str | None
    pin_code: str | None

    @staticmethod
    def of(row: Any) -> BillingClientType:
        address = row.address or {}
        return BillingClientType(
            id=strawberry.ID(str(row.id)),
            name=row.name,
            phones=list(row.phones),
            email=row.email,
            state_code=row.state_code,
            gstin=row.gstin,
            address_line=address.get("line"),
            city=address.get("city"),
            pin_code=address.get("pin_code"),
        )


@strawberry.type(name="DocumentSeries")
class DocumentSeriesType:
    id: strawberry.ID
    kind: DocumentKind
    prefix: str
    name: str


@strawberry.type(name="BillingBankAccount")
class BillingBankAccountType:
    number_masked: str = strawberry.field(description="All but the last four digits hidden.")
    ifsc: str
    bank: str | None

    @staticmethod
    def of(saved: dict[str, str] | None) -> BillingBankAccountType | None:
        if not saved:
            return None
        number = saved.get("number", "")
        return BillingBankAccountType(
            number_masked="X" * max(len(number) - 4, 0) + number[-4:],
            ifsc=saved.get("ifsc", ""),
            bank=saved.get("bank") or None,
        )


@strawberry.type(name="BillingProfile")
class BillingProfileType:
    organizer_id: strawberry.ID
    business_name: str | None = strawberry.field(description="From the users profile.")
    gstin: str | None
    state_code: str | None
    legal_name: str | None
    registration_type: gst.RegistrationType
    upi_id: str | None
    bank_account: BillingBankAccountType | None
    default_terms: str | None
    series: list[DocumentSeriesType]
    has_logo: bool
    has_signature: bool

    @staticmethod
    def of(view: ProfileView) -> BillingProfileType:
        f, p = view.facts, view.profile
        return BillingProfileType(
            organizer_id=strawberry.ID(str(view.organizer_id)),
            business_name=f.business_name if f else None,
            gstin=f.gstin if f else None,
            state_code=f.state_code if f else None,
            legal_name=p.legal_name if p else None,
            registration_type=gst.RegistrationType(p.registration_type)
            if p
            else gst.RegistrationType.REGULAR,
            upi_id=p.upi_id if p else None,
            bank_account=BillingBankAccountType.of(p.bank_account if p else None),
            default_terms=p.default_terms if p else None,
            has_logo="logo" in view.images,
            has_signature="signature" in view.images,
            series=[
                DocumentSeriesType(
                    id=strawberry.ID(str(s.id)), kind=DocumentKind(s.kind), prefix=s.prefix, name=s.name
                )
                for s in view.series
            ],
        )
