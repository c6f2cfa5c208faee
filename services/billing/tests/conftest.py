"""Fixtures of the billing service's tests: servicekit's per-service fixtures (one migrated database
per session, the ASGI client, committing use cases, tokens per role from a test issuer)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from billing_service.service import SERVICE
from billing_service.settings import BillingSettings
from servicekit.testing.service import ServiceFixtures

# Issued PDFs the tests render are kept under a temporary directory, never in the checkout's .data/.
ServiceFixtures(
    SERVICE,
    settings=lambda issuer: BillingSettings(
        **issuer.trusted_by(),
        publish_events=False,
        storage_dir=Path(tempfile.mkdtemp(prefix="billing-objects-")),
    ),
).install(globals())
