"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from mail import MailDispatch

from discovery_service.service_layer.unit_of_work import DiscoveryUnitOfWork

INDIA = ZoneInfo("Asia/Kolkata")


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], DiscoveryUnitOfWork]
    clock: Callable[[], datetime]
    enquiries_per_user_per_day: int
    enquiries_per_user_per_hour: int
    # The platform's public origin (the edge): an event's ICS and share links are made on it.
    public_url: str = "http://127.0.0.1:8080"
    # Email to organizers, only when an SMTP server is configured (the in-app list always).
    mail: MailDispatch | None = None

    def today(self) -> date:
        """Event dates are local dates in India."""
        return self.clock().astimezone(INDIA).date()

    def start_of_today(self) -> datetime:
        return datetime.combine(self.today(), datetime.min.time(), INDIA)
