"""What resolvers read from the request context: the caller, the use cases, the loaders."""

from __future__ import annotations

from typing import Any, cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from users_service.bootstrap import UsersServices
from users_service.domain.accounts import UserAccount
from users_service.service_layer.accounts import users_by_id
from users_service.service_layer.dependencies import UseCaseDependencies

UsersInfo = Info[ServiceContext, None]


def services_of(info: UsersInfo) -> UsersServices:
    return cast(UsersServices, info.context.services)


def deps_of(info: UsersInfo) -> UseCaseDependencies:
    return services_of(info).deps


def caller_of(info: UsersInfo) -> Caller:
    """The caller with our user id (in Auth0 mode the token's subject wraps it)."""
    caller: Caller = info.context.caller
    provider = deps_of(info).identity_provider
    if provider is None or caller.user_id is None:
        return caller
    return Caller(user_id=provider.local_user_id(caller.user_id), roles=caller.roles)


def users_loader(info: UsersInfo) -> DataLoader[str, UserAccount | None]:
    """One loader per request: entity references and `user(id)` lookups share one query."""
    loaders: dict[str, Any] = info.context.loaders
    if "users" not in loaders:
        caller, deps = caller_of(info), deps_of(info)

        async def load(user_ids: list[str]) -> list[UserAccount | None]:
            return await users_by_id(caller, user_ids, deps)

        loaders["users"] = DataLoader(load_fn=load)
    return cast(DataLoader[str, UserAccount | None], loaders["users"])
