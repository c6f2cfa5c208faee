BILLING = "/billing"
BILLING_CLIENTS = "/billing/clients"
BILLING_PROFILE = "/billing/profile"
BILLING_REPORTS = "/billing/reports"
