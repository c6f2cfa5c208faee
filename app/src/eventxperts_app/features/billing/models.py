"""The billing service's answers as the app holds them (docs/api/billing.graphql). Money is in paise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from eventxperts_app.api.models import ApiError


class DocumentKind(StrEnum):
    QUOTATION = "QUOTATION"
    INVOICE = "INVOICE"
    RECEIPT_VOUCHER = "RECEIPT_VOUCHER"
    REFUND_VOUCHER = "REFUND_VOUCHER"
    CREDIT_NOTE = "CREDIT_NOTE"
    DEBIT_NOTE = "DEBIT_NOTE"
    DELIVERY_CHALLAN = "DELIVERY_CHALLAN"  # goods on hire sent to the venue (Rule 55)


class ChallanPurpose(StrEnum):
    JOB_WORK = "JOB_WORK"
    SUPPLY_ON_APPROVAL = "SUPPLY_ON_APPROVAL"
    OTHER = "OTHER"


class DocumentStatus(StrEnum):
    DRAFT = "DRAFT"
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    ISSUED = "ISSUED"
    CANCELLED = "CANCELLED"


class TaxRegime(StrEnum):
    INTRA_STATE = "INTRA_STATE"  # CGST + SGST
    INTER_STATE = "INTER_STATE"  # IGST
    NONE = "NONE"  # bill of supply or plain bill


class RegistrationType(StrEnum):
    REGULAR = "REGULAR"
    COMPOSITION = "COMPOSITION"
    UNREGISTERED = "UNREGISTERED"


class PaymentMode(StrEnum):
    CASH = "CASH"
    UPI = "UPI"
    BANK_TRANSFER = "BANK_TRANSFER"
    CHEQUE = "CHEQUE"
    ADVANCE = "ADVANCE"  # a receipt voucher's money adjusted against the invoice


@dataclass(frozen=True)
class Series:
    id: str
    kind: DocumentKind
    prefix: str
    name: str


class ImageKind(StrEnum):
    LOGO = "LOGO"
    SIGNATURE = "SIGNATURE"


@dataclass(frozen=True)
class BankAccount:
    """The saved account as the service shows it: all but the last four digits hidden."""

    number_masked: str
    ifsc: str
    bank: str | None


@dataclass(frozen=True)
class BillingProfile:
    organizer_id: str
    business_name: str | None
    gstin: str | None
    state_code: str | None
    legal_name: str | None
    registration_type: RegistrationType
    upi_id: str | None
    default_terms: str | None
    series: tuple[Series, ...]
    bank_account: BankAccount | None = None
    has_logo: bool = False
    has_signature: bool = False


@dataclass(frozen=True)
class BillingClient:
    id: str
    name: str
    phones: tuple[str, ...]
    email: str | None
    state_code: str | None
    gstin: str | None


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    tax_code: str | None
    quantity: str
    unit: str
    rate_paise: int
    discount_paise: int
    tax_rate: str


@dataclass(frozen=True)
class Amounts:
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int
    total_paise: int


@dataclass(frozen=True)
class BillingDocument:
    id: str
    kind: DocumentKind
    status: DocumentStatus
    title: str | None
    number: str | None
    document_date: date
    client_id: str | None
    booking_id: str | None
    source_id: str | None
    place_of_supply: str | None
    regime: TaxRegime | None
    lines: tuple[InvoiceLine, ...]
    amounts: Amounts
    balance_paise: int | None
    amount_in_words: str
    amount_in_words_te: str
    booking_changed: bool
    notes: str | None = None
    event_state_code: str | None = None
    purpose: ChallanPurpose | None = None
    # A draft challan's items whose value the service guessed: saving the draft confirms them.
    values_to_confirm: tuple[str, ...] = ()
    # Whom an issued document names: a marketplace order's invoice has no client of the organizer's.
    recipient_name: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is DocumentStatus.DRAFT


@dataclass(frozen=True)
class ProfileResult:
    profile: BillingProfile | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class ClientResult:
    client: BillingClient | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class DocumentResult:
    document: BillingDocument | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class PaymentResult:
    balance_paise: int | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class LinkResult:
    """A link to open (the PDF, a WhatsApp chat) and, for a signed one, when it stops working."""

    url: str | None
    expires_at: datetime | None = None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class EmailResult:
    sent_to: str | None
    errors: tuple[ApiError, ...] = ()


@dataclass(frozen=True)
class ItemDefault:
    """What the organizer last billed an item at: a new line of that description starts from it."""

    description: str
    tax_code: str | None
    unit: str
    rate_paise: int
    tax_rate: str
