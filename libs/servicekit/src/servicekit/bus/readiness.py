"""The bus as a readiness check for `servicekit.health.run_checks` (`/readyz`)."""

from __future__ import annotations

from servicekit.bus.interface import Bus
from servicekit.health import ReadinessCheck


def bus_readiness_check(bus: Bus) -> ReadinessCheck:
    """A check that fails while the bus is unreachable and passes again once it answers."""

    async def check() -> None:
        await bus.ping()

    return check
