"""The composition root of the billing service: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import gst
from mail import MailDispatch, mailer_from_settings
from servicekit.db import session_factory
from servicekit.service import Sessions
from servicekit.storage import ObjectStorage, open_storage
from sqlalchemy.ext.asyncio import AsyncEngine

from billing_service.printing.typst_pdf import TypstPdfRenderer
from billing_service.service_layer.dependencies import FileLinks, UseCaseDependencies
from billing_service.service_layer.unit_of_work import BillingUnitOfWork
from billing_service.settings import BillingSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BillingServices:
    """Everything the edges (GraphQL, consumers) reach the service through."""

    settings: BillingSettings
    engine: AsyncEngine
    sessions: Sessions
    deps: UseCaseDependencies


def build_services(
    settings: BillingSettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
    storage: ObjectStorage | None = None,
) -> BillingServices:
    """Wire the use cases; tests pass sessions that are rolled back after each test (and a clock, a
    store)."""
    chosen = sessions or session_factory(engine)
    deps = UseCaseDependencies(
        unit_of_work=lambda: BillingUnitOfWork(chosen, producer=settings.service_name),
        clock=clock,
        rates=gst.default_rates(),
        files=FileLinks(
            settings.secret_key,
            settings.public_url.rstrip("/"),
            settings.file_link_seconds,
            settings.shared_link_seconds,
        ),
        renderer=TypstPdfRenderer(),
        mail=MailDispatch(mailer_from_settings(settings, data_dir=settings.data_dir)),
        storage=storage
        or open_storage(settings, data_dir=settings.data_dir, service_name=settings.service_name),
    )
    return BillingServices(settings, engine, chosen, deps)
