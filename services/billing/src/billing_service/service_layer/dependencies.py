"""What the use cases need from the outside world, gathered once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import gst
from mail import MailDispatch
from servicekit.storage import ObjectStorage

from billing_service.service_layer.unit_of_work import BillingUnitOfWork

INDIA = ZoneInfo("Asia/Kolkata")


class PdfRenderer(Protocol):
    def render(self, sheet: dict[str, Any], images: dict[str, bytes] | None = None) -> bytes: ...


@dataclass(frozen=True)
class FileLinks:
    """Signed links on the public origin (servicekit.signed_links under SECRET_KEY)."""

    secret_key: str
    public_url: str
    link_seconds: int = 600
    shared_link_seconds: int = 30 * 86_400


@dataclass(frozen=True)
class UseCaseDependencies:
    unit_of_work: Callable[[], BillingUnitOfWork]
    clock: Callable[[], datetime]
    rates: gst.RateTable
    files: FileLinks | None = None
    renderer: PdfRenderer | None = None
    mail: MailDispatch | None = None
    storage: ObjectStorage | None = None  # issued documents' PDFs, rendered once (pdf_store.py)

    def today(self) -> date:
        """Document dates are local dates in India."""
        return self.clock().astimezone(INDIA).date()
