"""Fixtures of the discovery service's tests: servicekit's per-service fixtures (one migrated database
per session, the ASGI client, committing use cases, tokens per role from a test issuer)."""

from __future__ import annotations

from discovery_service.service import SERVICE
from discovery_service.settings import DiscoverySettings
from servicekit.testing.service import ServiceFixtures

ServiceFixtures(
    SERVICE, settings=lambda issuer: DiscoverySettings(**issuer.trusted_by(), publish_events=False)
).install(globals())
