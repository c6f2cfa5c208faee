"""What the billing section calls its kinds, statuses, payment modes and registrations on screen."""

from __future__ import annotations

from eventxperts_app.features.billing.models import (
    ChallanPurpose,
    DocumentKind,
    DocumentStatus,
    PaymentMode,
    RegistrationType,
    TaxRegime,
)
from eventxperts_app.i18n import N_, Msgid

KINDS: dict[DocumentKind, Msgid] = {
    DocumentKind.QUOTATION: N_("Quotation"),
    DocumentKind.INVOICE: N_("Invoice"),
    DocumentKind.RECEIPT_VOUCHER: N_("Advance receipt"),
    DocumentKind.REFUND_VOUCHER: N_("Refund voucher"),
    DocumentKind.CREDIT_NOTE: N_("Credit note"),
    DocumentKind.DEBIT_NOTE: N_("Debit note"),
    DocumentKind.DELIVERY_CHALLAN: N_("Delivery challan"),
}
PURPOSES: dict[ChallanPurpose, Msgid] = {
    ChallanPurpose.OTHER: N_("Goods on hire for the event (to come back)"),
    ChallanPurpose.JOB_WORK: N_("Job work"),
    ChallanPurpose.SUPPLY_ON_APPROVAL: N_("Supply on approval"),
}
STATUSES: dict[DocumentStatus, Msgid] = {
    DocumentStatus.DRAFT: N_("Draft"),
    DocumentStatus.ACCEPTED: N_("Accepted"),
    DocumentStatus.DECLINED: N_("Declined"),
    DocumentStatus.ISSUED: N_("Issued"),
    DocumentStatus.CANCELLED: N_("Cancelled"),
}
# Money received: what the organizer chooses for a payment or an advance.
MODES: dict[PaymentMode, Msgid] = {
    PaymentMode.CASH: N_("Cash"),
    PaymentMode.UPI: N_("UPI"),
    PaymentMode.BANK_TRANSFER: N_("Bank transfer"),
    PaymentMode.CHEQUE: N_("Cheque"),
}
# Against an invoice, an advance already received can be adjusted too.
PAYMENT_MODES: dict[PaymentMode, Msgid] = {**MODES, PaymentMode.ADVANCE: N_("Adjust an advance receipt")}
REGISTRATIONS: dict[RegistrationType, Msgid] = {
    RegistrationType.REGULAR: N_("Regular GST registration (tax invoices)"),
    RegistrationType.COMPOSITION: N_("Composition scheme (bills of supply, no GST)"),
    RegistrationType.UNREGISTERED: N_("Not registered for GST (plain bills)"),
}
REGIMES: dict[TaxRegime, Msgid] = {
    TaxRegime.INTRA_STATE: N_("Within the state: CGST + SGST"),
    TaxRegime.INTER_STATE: N_("Across states: IGST"),
    TaxRegime.NONE: N_("No GST charged"),
}
