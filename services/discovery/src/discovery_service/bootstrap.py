"""The composition root of the discovery service: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from mail import MailDispatch
from mail.smtp import SmtpMailer
from servicekit.db import session_factory
from servicekit.service import Sessions
from sqlalchemy.ext.asyncio import AsyncEngine

from discovery_service.service_layer.dependencies import UseCaseDependencies
from discovery_service.service_layer.unit_of_work import DiscoveryUnitOfWork
from discovery_service.settings import DiscoverySettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DiscoveryServices:
    """Everything the edges (GraphQL, routes, consumers) reach the service through."""

    settings: DiscoverySettings
    engine: AsyncEngine
    sessions: Sessions
    deps: UseCaseDependencies


def build_services(
    settings: DiscoverySettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> DiscoveryServices:
    """Wire the use cases; tests pass sessions that are rolled back after each test (and a clock)."""
    chosen = sessions or session_factory(engine)
    deps = UseCaseDependencies(
        unit_of_work=lambda: DiscoveryUnitOfWork(chosen, producer=settings.service_name),
        clock=clock,
        enquiries_per_user_per_day=settings.enquiries_per_user_per_day,
        enquiries_per_user_per_hour=settings.enquiries_per_user_per_hour,
        public_url=settings.public_url.rstrip("/"),
        mail=MailDispatch(SmtpMailer(server)) if (server := settings.smtp_server()) else None,
    )
    return DiscoveryServices(settings, engine, chosen, deps)
