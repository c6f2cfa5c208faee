"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from calendar_service.service_layer.unit_of_work import CalendarUnitOfWork


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], CalendarUnitOfWork]
    clock: Callable[[], datetime]
    default_hold: timedelta
