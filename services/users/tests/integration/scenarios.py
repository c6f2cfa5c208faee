"""Named scenarios the integration tests start from."""

from __future__ import annotations

import uuid

from servicekit.auth import Caller
from users_service.bootstrap import UsersServices
from users_service.domain.accounts import UserAccount
from users_service.service_layer.commands import Register
from users_service.service_layer.registration import register, register_super_admin
from users_service.service_layer.results import SignedIn

PASSWORD = "mangoes4sale"


async def registered(
    services: UsersServices,
    email: str = "ravi@example.in",
    role: str = "organizer",
    name: str = "Ravi Kumar",
) -> SignedIn:
    command = Register(name=name, email=email, phone="9876543210", password=PASSWORD, role=role)
    return await register(command, services.deps)


async def super_admin(services: UsersServices, email: str = "admin@example.in") -> Caller:
    """A super_admin made the way the CLI makes one: stored directly, not through registration."""
    command = Register(name="Admin", email=email, phone="9000000001", password=PASSWORD, role="user")
    return caller_of(await register_super_admin(command, services.deps))


def caller_of(account: UserAccount) -> Caller:
    return Caller(user_id=str(account.id), roles=account.roles)


def unique_email(name: str) -> str:
    """An address no other test uses, for tests whose rows outlive them (committed, own database)."""
    return f"{name}-{uuid.uuid4().hex[:8]}@example.in"
