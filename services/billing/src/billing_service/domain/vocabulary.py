"""The words of billing: kinds of document, their states, payment modes."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    QUOTATION = "quotation"
    INVOICE = "invoice"  # a tax invoice, a bill of supply or a plain bill, by registration
    RECEIPT_VOUCHER = "receipt_voucher"  # an advance received (Rule 50)
    REFUND_VOUCHER = "refund_voucher"  # an advance returned (Rule 51)
    CREDIT_NOTE = "credit_note"
    DEBIT_NOTE = "debit_note"
    DELIVERY_CHALLAN = "delivery_challan"  # goods sent other than by way of supply (Rule 55)


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ACCEPTED = "accepted"  # a quotation the client accepted
    DECLINED = "declined"
    ISSUED = "issued"
    CANCELLED = "cancelled"


class ChallanPurpose(StrEnum):
    """Why goods travel under a delivery challan (Rule 55(1)); rented goods go as OTHER: they are not
    supplied (sold), and the rent is a service billed on the invoice."""

    JOB_WORK = "job_work"
    SUPPLY_ON_APPROVAL = "supply_on_approval"
    OTHER = "other"


class PaymentMode(StrEnum):
    CASH = "cash"
    UPI = "upi"
    BANK_TRANSFER = "bank_transfer"
    CHEQUE = "cheque"
    ADVANCE = "advance"  # an advance of a receipt voucher adjusted against the invoice


# Quotations are never numbered: they are not tax documents, and a declined one leaves no gap.
NUMBERED_KINDS = frozenset(DocumentKind) - {DocumentKind.QUOTATION}
# The prefix of the series each registered organizer starts with, one per numbered kind.
DEFAULT_PREFIXES = {
    DocumentKind.INVOICE: "INV",
    DocumentKind.RECEIPT_VOUCHER: "RV",
    DocumentKind.REFUND_VOUCHER: "RF",
    DocumentKind.CREDIT_NOTE: "CN",
    DocumentKind.DEBIT_NOTE: "DN",
    DocumentKind.DELIVERY_CHALLAN: "DC",
}
