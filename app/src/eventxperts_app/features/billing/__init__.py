"""The billing section: billing profile, clients, quotations and invoices, payments, advances, notes."""
