"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from servicekit.storage import ObjectStorage

from marketplace_service.payments.provider import PaymentProvider
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork


@dataclass(frozen=True)
class FileLinks:
    """Signed links on the public origin (servicekit.signed_links under SECRET_KEY)."""

    secret_key: str
    public_url: str
    link_seconds: int = 600


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], MarketUnitOfWork]
    clock: Callable[[], datetime]
    storage: ObjectStorage
    files: FileLinks
    payments: PaymentProvider | None
    hold_minutes: int = 15
