"""Accounts: sign-in, registration, the business profile and erasing one's own account."""
