"""The texts of the billing service's error codes (BillingErrorCode, docs/api/billing.graphql) and of the
app's own checks on what is typed in the billing forms.

Codes other services share keep their one text: the users service's (INVALID_GSTIN, INVALID_PHONE,
INVALID_PIN_CODE, FORBIDDEN, TOO_BUSY, ...) in ui/error_texts.py, and the calendar's (INVALID_TEXT,
INVALID_AMOUNT, INVALID_QUANTITY, INVALID_TRANSITION, STALE_VERSION, INVALID_PAGE_SIZE) in
features/calendar/error_texts.py. The billing forms read quantities and amounts themselves before
sending (INVALID_QUANTITY_TEXT, and the calendar's INVALID_AMOUNT for rupees), so what the service
refuses there is rare.
"""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.i18n import N_

# The app's own codes, for a box it cannot read before anything is sent.
INVALID_QUANTITY_TEXT = "INVALID_QUANTITY_TEXT"
INVALID_DATE_TEXT = "INVALID_BILLING_DATE_TEXT"

BILLING_ERROR_TEXTS = MappingProxyType(
    {
        INVALID_QUANTITY_TEXT: N_("Enter a quantity above zero, with at most three decimals"),
        INVALID_DATE_TEXT: N_("Enter the date as YYYY-MM-DD"),
        "INVALID_INPUT": N_("Check what you entered here"),
        "INVALID_PERIOD": N_("Choose a month of the financial year"),
        "INVALID_FINANCIAL_YEAR": N_("Choose a financial year like 2026-27"),
        "IMAGE_TOO_MANY_PIXELS": N_("This image is too big: at most 4,000 pixels a side"),
        "IMAGE_NOT_SUPPORTED": N_("Upload a PNG or JPEG image"),
        "INVALID_UPI_ID": N_("Enter a UPI id like name@okaxis"),
        "INVALID_BANK_ACCOUNT": N_("Enter an account number of 9 to 18 digits and an IFSC like SBIN0001234"),
        "INVALID_SERIES_PREFIX": N_("A series prefix has 1 to 6 letters or digits"),
        "DUPLICATE_SERIES": N_("You already have a series with this prefix"),
        "INVALID_TAX_CODE": N_("Enter a SAC (6 digits, starting 99) or an HSN code (4, 6 or 8 digits)"),
        "INVALID_RATE": N_("Choose one of the GST rates, e.g. 5 or 18 percent"),
        "UNKNOWN_RATE": N_("This GST rate does not apply on this date"),
        "INVALID_DISCOUNT": N_("A discount is from zero up to the line's amount"),
        "INVALID_DATE": N_("Enter a valid date"),
        "NO_LINES": N_("Add at least one line"),
        "TOO_MANY_LINES": N_("Too many lines: split the document in two"),
        "PROFILE_INCOMPLETE": N_(
            "Complete your business profile first: its state, and its GSTIN if you are registered"
        ),
        "DOCUMENT_ISSUED": N_("An issued document is never changed: cancel it or correct it with a note"),
        "WRONG_SERIES_KIND": N_("This series numbers another kind of document"),
        "SERIES_EXHAUSTED": N_("This series has no numbers left this year: add another series"),
        "FINANCIAL_YEAR_CLOSED": N_("That financial year is closed for this document"),
        "PAYMENT_EXCEEDS_BALANCE": N_("This is more than the balance due"),
        "REFUND_EXCEEDS_ADVANCE": N_("This is more than what is left of the advance"),
        "NOTE_EXCEEDS_INVOICE": N_("A credit note cannot be more than what is left of the invoice"),
        "HAS_PAYMENTS": N_("Payments or notes were recorded against this invoice: correct it with a note"),
        "VALUE_TO_CONFIRM": N_("Check the value of every item and save the challan before issuing it"),
    }
)
