"""The users domain: value objects and rules with stable error codes. No I/O here."""
