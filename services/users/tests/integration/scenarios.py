"""Named scenarios the integration tests start from."""

from __future__ import annotations

from servicekit.auth import Caller
from users_service.bootstrap import UsersServices
from users_service.domain.accounts import UserAccount
from users_service.domain.roles import Role
from users_service.service_layer.commands import Register
from users_service.service_layer.registration import new_account, register
from users_service.service_layer.results import SignedIn

PASSWORD = "mangoes4sale"


async def registered(
    services: UsersServices, email: str = "ravi@example.in", role: str = "organizer",
    name: str = "Ravi Kumar",
) -> SignedIn:
    command = Register(name=name, email=email, phone="9876543210", password=PASSWORD, role=role)
    return await register(command, services.deps)


async def super_admin(services: UsersServices, email: str = "admin@example.in") -> Caller:
    """A super_admin made the way the CLI makes one: stored directly, not through registration."""
    command = Register(name="Admin", email=email, phone="9000000001", password=PASSWORD, role="user")
    account = new_account(command, roles=frozenset({Role.USER, Role.SUPER_ADMIN}), deps=services.deps)
    async with services.deps.unit_of_work() as uow:
        await uow.users.add(account, password_hash=await services.deps.hasher.hash(PASSWORD))
        await uow.commit()
    return caller_of(account)


def caller_of(account: UserAccount) -> Caller:
    return Caller(user_id=str(account.id), roles=account.roles)
