"""After an erasure commits, delete the person's account at the identity provider (Auth0 mode).

This service consumes its own `users.user.erased`: the runner retries a provider that is down with
backoff and parks the event as a dead letter after the last try (`eventxperts dlq replay`), so the
deletion happens at least once and never half-does the erasure. Deleting twice is harmless: the id
is forgotten in the same transaction as the inbox row, and a provider that no longer knows the
account counts as done.
"""

from __future__ import annotations

import uuid

from contracts.users import USER_ERASED
from servicekit.consumers.registry import HandlerRegistry
from servicekit.events import Envelope
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.users_repository import UsersRepository
from users_service.service_layer.dependencies import IdentityProvider


def identity_cleanup_registry(provider: IdentityProvider) -> HandlerRegistry:
    registry = HandlerRegistry()

    @registry.on(USER_ERASED, version=1)
    async def delete_at_provider(session: AsyncSession, envelope: Envelope) -> None:
        await delete_erased_identity(session, envelope, provider)

    return registry


async def delete_erased_identity(
    session: AsyncSession, envelope: Envelope, provider: IdentityProvider
) -> None:
    users = UsersRepository(session)
    user_id = uuid.UUID(str(envelope.payload["user_id"]))
    external_id = await users.erased_external_id(user_id)
    if external_id is None:
        return
    await provider.delete_account(external_id)
    await users.forget_erased_external_id(user_id)
