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


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ACCEPTED = "accepted"  # a quotation the client accepted
    DECLINED = "declined"
    ISSUED = "issued"
    CANCELLED = "cancelled"


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
}
