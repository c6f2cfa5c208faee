"""Operator actions run outside the web process (`eventxperts admin create` calls these)."""

from __future__ import annotations

import asyncio
import uuid

from servicekit.db import create_engine, session_factory
from servicekit.postgres import service_database_url

from users_service.adapters.access_tokens import KeyRing
from users_service.bootstrap import build_services
from users_service.service_layer.commands import Register
from users_service.service_layer.registration import register_super_admin
from users_service.settings import UsersSettings


def create_super_admin(
    settings: UsersSettings, email: str, name: str, phone: str, password: str
) -> uuid.UUID:
    """Create a super_admin account in the users database and return its id.

    Raises UsersError (code INVALID_EMAIL, INVALID_PHONE, INVALID_NAME, WEAK_PASSWORD or
    EMAIL_TAKEN) for bad input; the database must already be migrated.
    """
    return asyncio.run(
        _create(settings, Register(name=name, email=email, phone=phone, password=password, role="user"))
    )


async def _create(settings: UsersSettings, command: Register) -> uuid.UUID:
    engine = create_engine(service_database_url(settings))
    try:
        account = await register_super_admin(command, build_services(settings, engine).deps)
    finally:
        await engine.dispose()
    return account.id


def rotate_signing_key(settings: UsersSettings) -> str:
    """Add a new signing key (it signs from now on) and retire all but the newest two.

    Running services pick the new key up on the first token with its kid (the JWKS they serve
    refreshes then too); tokens signed by the previous key keep verifying until they expire.
    Returns the new key id.
    """
    return asyncio.run(_rotate(settings))


async def _rotate(settings: UsersSettings) -> str:
    engine = create_engine(service_database_url(settings))
    try:
        return await KeyRing(session_factory(engine), secret=settings.secret_key).rotate()
    finally:
        await engine.dispose()
