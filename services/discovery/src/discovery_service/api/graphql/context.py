"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from discovery_service.bootstrap import DiscoveryServices
from discovery_service.service_layer.dependencies import UseCaseDependencies

DiscoveryInfo = Info[ServiceContext, None]
K = TypeVar("K")
V = TypeVar("V")


def services_of(info: DiscoveryInfo) -> DiscoveryServices:
    return cast(DiscoveryServices, info.context.services)


def deps_of(info: DiscoveryInfo) -> UseCaseDependencies:
    return services_of(info).deps


def caller_of(info: DiscoveryInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller


def loader(info: DiscoveryInfo, name: str, load: Callable[[list[K]], Awaitable[list[V]]]) -> DataLoader[K, V]:
    """The request's one loader called `name` (made on first use): a page of enquiries reads each
    relation once. The request's loaders take turns (one lock per request), so a query asking
    several relations of a list holds one connection at a time."""
    loaders: dict[str, Any] = info.context.loaders
    if name not in loaders:
        turn = loaders.setdefault("_turn", asyncio.Lock())

        async def in_turn(keys: list[K]) -> list[V]:
            async with turn:
                return await load(keys)

        loaders[name] = DataLoader(load_fn=in_turn)
    return cast(DataLoader[K, V], loaders[name])
