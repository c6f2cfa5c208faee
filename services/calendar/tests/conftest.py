"""Fixtures of the calendar service's tests: servicekit's per-service fixtures (one migrated database
per session, the ASGI client, committing use cases, tokens per role from a test issuer)."""

from __future__ import annotations

from calendar_service.service import SERVICE
from calendar_service.settings import CalendarSettings
from servicekit.testing.service import ServiceFixtures

ServiceFixtures(
    SERVICE,
    settings=lambda issuer: CalendarSettings(
        # No sweeper behind the tests' backs: test_hold_expiry drives it with its own clock.
        **issuer.trusted_by(),
        publish_events=False,
        hold_sweep_seconds=0,
    ),
).install(globals())
