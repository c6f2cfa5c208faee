"""The composition root of the marketplace: settings in, wired use-case dependencies out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from servicekit.db import session_factory
from servicekit.periodic import PeriodicJob
from servicekit.service import Sessions
from servicekit.storage import open_storage
from sqlalchemy.ext.asyncio import AsyncEngine

from marketplace_service.payments.provider import PaymentProvider, RazorpayShapedProvider
from marketplace_service.service_layer.dependencies import FileLinks, UseCaseDependencies
from marketplace_service.service_layer.hold_expiry import sweep
from marketplace_service.service_layer.payments import PaymentSecrets
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork
from marketplace_service.settings import MarketplaceSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class MarketplaceServices:
    """Everything the edges (GraphQL, routes, consumers, the sweeper) reach the service through."""

    settings: MarketplaceSettings
    engine: AsyncEngine
    sessions: Sessions
    deps: UseCaseDependencies
    payment_secrets: PaymentSecrets
    sweeper: PeriodicJob


def payment_provider(settings: MarketplaceSettings) -> PaymentProvider | None:
    if not settings.payments_base_url:
        return None
    return RazorpayShapedProvider(
        settings.payments_base_url, settings.payments_key_id, settings.payments_key_secret.get_secret_value()
    )


def build_services(
    settings: MarketplaceSettings,
    engine: AsyncEngine,
    sessions: Sessions | None,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> MarketplaceServices:
    """Wire the use cases; tests pass sessions that are rolled back after each test (and a clock)."""
    chosen = sessions or session_factory(engine)
    deps = UseCaseDependencies(
        unit_of_work=lambda: MarketUnitOfWork(chosen, producer=settings.service_name),
        clock=clock,
        storage=open_storage(settings, data_dir=settings.data_dir, service_name=settings.service_name),
        files=FileLinks(settings.secret_key, settings.public_url.rstrip("/"), settings.file_link_seconds),
        payments=payment_provider(settings),
        hold_minutes=settings.hold_minutes,
    )
    secrets = PaymentSecrets(
        settings.payments_key_secret.get_secret_value(), settings.payments_webhook_secret.get_secret_value()
    )
    sweeper = PeriodicJob("hold-sweeper", lambda: sweep(deps), every_seconds=settings.hold_sweep_seconds)
    return MarketplaceServices(settings, engine, chosen, deps, secrets, sweeper)
