"""The composition root: settings in, wired use-case dependencies and the key ring out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from mail import MailDispatch, mailer_from_settings
from servicekit.admission import Admission
from servicekit.db import session_factory
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from users_service.adapters.access_tokens import AccessTokenIssuer, KeyRing
from users_service.adapters.password_hasher import PasswordHasher
from users_service.adapters.sms import SmsDispatch, sms_sender_from_settings
from users_service.domain.lockout import BackoffPolicy, RatePolicy, SignInThrottle
from users_service.domain.phone_codes import PhoneCodePolicy
from users_service.domain.reset_codes import ResetCodePolicy
from users_service.service_layer.dependencies import IdentityProvider, UseCaseDependencies
from users_service.service_layer.unit_of_work import UsersUnitOfWork
from users_service.settings import UsersSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class UsersServices:
    """Everything the edges (GraphQL, routes, CLI) reach the service through."""

    settings: UsersSettings
    engine: AsyncEngine
    keys: KeyRing
    deps: UseCaseDependencies
    # Sign-ins, sign-ups, password changes and erasures with password running at once (docs/decisions/0009).
    expensive_operations: Admission


def sign_in_throttle(settings: UsersSettings) -> SignInThrottle:
    first_wait = timedelta(seconds=settings.lockout_first_wait_seconds)
    longest_wait = timedelta(minutes=settings.lockout_minutes)
    return SignInThrottle(
        per_account=BackoffPolicy(settings.lockout_max_failures, first_wait, longest_wait, timedelta(days=1)),
        per_address=RatePolicy(settings.address_failures_per_hour, timedelta(hours=1)),
    )


def reset_code_policy(settings: UsersSettings) -> ResetCodePolicy:
    hour = timedelta(hours=1)
    return ResetCodePolicy(
        lifetime=timedelta(minutes=settings.reset_code_minutes),
        tries=settings.reset_code_tries,
        per_email=RatePolicy(settings.reset_requests_per_email_per_hour, hour),
        per_address=RatePolicy(settings.reset_requests_per_address_per_hour, hour),
    )


def phone_code_policy(settings: UsersSettings) -> PhoneCodePolicy:
    hour = timedelta(hours=1)
    return PhoneCodePolicy(
        lifetime=timedelta(minutes=settings.phone_code_minutes),
        tries=settings.phone_code_tries,
        per_phone=RatePolicy(settings.phone_code_requests_per_phone_per_hour, hour),
        per_address=RatePolicy(settings.phone_code_requests_per_address_per_hour, hour),
    )


def build_services(
    settings: UsersSettings,
    engine: AsyncEngine,
    *,
    sessions: async_sessionmaker[AsyncSession] | None = None,
    clock: Callable[[], datetime] = utc_now,
    identity_provider: IdentityProvider | None = None,
) -> UsersServices:
    """Wire the use cases; `sessions` defaults to the engine's (tests pass rolled-back ones)."""
    sessions = sessions or session_factory(engine)
    keys = KeyRing(sessions, secret=settings.secret_key)
    builtin = settings.auth_provider == "builtin"
    issuer = AccessTokenIssuer(
        keys,
        issuer=settings.token_issuer,
        audience=settings.token_audience,
        lifetime=timedelta(minutes=settings.access_token_minutes),
    )
    deps = UseCaseDependencies(
        unit_of_work=lambda: UsersUnitOfWork(sessions, producer=settings.service_name),
        hasher=PasswordHasher.from_settings(settings),
        access_tokens=issuer if builtin else None,
        clock=clock,
        throttle=sign_in_throttle(settings),
        refresh_token_lifetime=timedelta(days=settings.refresh_token_days),
        identity_provider=identity_provider,
        mail=MailDispatch(mailer_from_settings(settings, data_dir=settings.data_dir)),
        reset_codes=reset_code_policy(settings),
        sms=SmsDispatch(sms_sender_from_settings(settings, data_dir=settings.data_dir)),
        phone_codes=phone_code_policy(settings),
        sms_template=settings.sms_template,
    )
    return UsersServices(
        settings=settings,
        engine=engine,
        keys=keys,
        deps=deps,
        expensive_operations=expensive_operations(settings),
    )


def expensive_operations(settings: UsersSettings) -> Admission:
    """Two per hashing thread: while one hashes, the other does its database work; the rest wait
    their turn, idle, instead of crowding the event loop and the pool."""
    return Admission(active=2 * settings.password_hashing_threads, waiting=settings.password_hashing_queue)
