"""The billing section: organizers' billing profile, clients, quotations, invoices and payments."""

from eventxperts_app.features.billing.error_texts import BILLING_ERROR_TEXTS
from eventxperts_app.ui.section import Section

SECTION = Section(name="billing", error_texts=BILLING_ERROR_TEXTS)
