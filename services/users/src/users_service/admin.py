"""Operator actions run outside the web process (`eventxperts admin create` and `rotate-key`)."""

from __future__ import annotations

import asyncio
import uuid

from users_service.service import connect
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
    services = connect(settings)
    try:
        account = await register_super_admin(command, services.deps)
    finally:
        await services.engine.dispose()
    return account.id


def rotate_signing_key(settings: UsersSettings) -> str:
    """Add a new signing key (it signs from now on) and retire all but the newest two.

    Running services pick the new key up on the first token with its kid (the JWKS they serve
    refreshes then too); tokens signed by the previous key keep verifying until they expire.
    Returns the new key id.
    """
    return asyncio.run(_rotate(settings))


async def _rotate(settings: UsersSettings) -> str:
    services = connect(settings)
    try:
        return await services.keys.rotate()
    finally:
        await services.engine.dispose()
