"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import gst

from billing_service.service_layer.unit_of_work import BillingUnitOfWork

INDIA = ZoneInfo("Asia/Kolkata")


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], BillingUnitOfWork]
    clock: Callable[[], datetime]
    rates: gst.RateTable

    def today(self) -> date:
        """Document dates are local dates in India."""
        return self.clock().astimezone(INDIA).date()
