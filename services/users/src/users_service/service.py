"""The users service as servicekit runs it: its declaration and what is its own in the process
(the key ring made on first start, the built-in issuer's verifier and discovery routes, and in Auth0
mode the consumer that deletes erased people at the provider)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from servicekit.auth import TokenVerifier
from servicekit.consumers.registry import HandlerRegistry
from servicekit.db import create_engine
from servicekit.postgres import service_database_url
from servicekit.service import ServiceDefinition, Sessions
from sqlalchemy.ext.asyncio import AsyncEngine

from users_service.adapters.access_tokens import LocalTokenVerifier
from users_service.adapters.auth0_management import identity_provider_for
from users_service.api.graphql.schema import users_schema
from users_service.api.well_known import well_known_router
from users_service.bootstrap import UsersServices, build_services
from users_service.service_layer.identity_cleanup import identity_cleanup_registry
from users_service.settings import UsersSettings


def _wire(settings: UsersSettings, engine: AsyncEngine, sessions: Sessions | None) -> UsersServices:
    return build_services(
        settings, engine, sessions=sessions, identity_provider=identity_provider_for(settings)
    )


def _verifier(services: UsersServices) -> TokenVerifier:
    settings = services.settings
    if settings.auth_provider == "builtin":
        return LocalTokenVerifier(
            services.keys, issuer=settings.token_issuer, audience=settings.token_audience
        )
    return TokenVerifier(
        jwks_url=settings.jwks_url, issuer=settings.token_issuer, audience=settings.token_audience
    )


def _discovery(services: UsersServices) -> APIRouter | None:
    return well_known_router(services) if services.settings.auth_provider == "builtin" else None


def _identity_cleanup(services: UsersServices) -> HandlerRegistry | None:
    provider = services.deps.identity_provider
    return identity_cleanup_registry(provider) if provider is not None else None


async def _ensure_signing_key(services: UsersServices) -> None:
    if services.settings.auth_provider == "builtin":
        await services.keys.ensure_key()


async def _send_queued_mail(services: UsersServices) -> None:
    if services.deps.mail is not None:
        await services.deps.mail.drain()
    if services.deps.sms is not None:
        await services.deps.sms.drain()


SERVICE = ServiceDefinition(
    name="users",
    root=Path(__file__).resolve().parents[2],
    settings=UsersSettings,
    schema=users_schema,
    wire=_wire,
    verifier=_verifier,
    routers=(_discovery,),
    consumers=_identity_cleanup,
    on_start=(_ensure_signing_key,),
    on_stop=(_send_queued_mail,),
)


def connect(settings: UsersSettings) -> UsersServices:
    """The use cases on the service's own database, for operator commands run outside the process."""
    return _wire(settings, create_engine(service_database_url(settings)), None)
