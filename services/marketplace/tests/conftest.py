"""Fixtures of the marketplace's tests: servicekit's per-service fixtures (one migrated database per
session, the ASGI client, object storage in a temporary directory, committing use cases, tokens per
role from a test issuer)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from marketplace_service.service import SERVICE
from marketplace_service.settings import MarketplaceSettings
from servicekit.testing.service import ServiceFixtures

ServiceFixtures(
    SERVICE,
    settings=lambda issuer: MarketplaceSettings(
        **issuer.trusted_by(),
        publish_events=False,
        hold_sweep_seconds=0,
        # Images go to a directory of this session's own, never the developer's .data/.
        storage_dir=Path(tempfile.mkdtemp(prefix="eventxperts-marketplace-tests-")),
        payments_key_id="rzp_test_key",
        payments_key_secret="stand-in-key-secret",
        payments_webhook_secret="stand-in-webhook-secret",
    ),
).install(globals())
