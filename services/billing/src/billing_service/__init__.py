"""The billing service: quotations, GST invoices, receipts, payments, credit and debit notes."""
