"""Fixtures of the billing service's tests: servicekit's per-service fixtures (one migrated database
per session, the ASGI client, committing use cases, tokens per role from a test issuer)."""

from __future__ import annotations

from billing_service.service import SERVICE
from billing_service.settings import BillingSettings
from servicekit.testing.service import ServiceFixtures

ServiceFixtures(
    SERVICE, settings=lambda issuer: BillingSettings(**issuer.trusted_by(), publish_events=False)
).install(globals())
