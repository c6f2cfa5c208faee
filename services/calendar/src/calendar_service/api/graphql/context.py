"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from servicekit.auth import Caller
from servicekit.errors import DomainError
from servicekit.graphql import ServiceContext
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from calendar_service.bootstrap import CalendarServices

CalendarInfo = Info[ServiceContext, None]
K = TypeVar("K")
V = TypeVar("V")


def services_of(info: CalendarInfo) -> CalendarServices:
    return cast(CalendarServices, info.context.services)


def caller_of(info: CalendarInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller


def loader(
    info: CalendarInfo, name: str, load: Callable[[list[K]], Awaitable[list[V | DomainError]]]
) -> DataLoader[K, V]:
    """The request's one loader called `name` (made on first use): a request's bookings share one
    read of each relation, however many of them the query lists. `load` answers each key with its
    value or the error that key alone meets, which its `load` then raises.

    The request's loaders take turns (one lock per request): a query asking several relations of a
    list holds one of the pool's connections at a time, never one per relation."""
    loaders: dict[str, Any] = info.context.loaders
    if name not in loaders:
        turn = loaders.setdefault("_turn", asyncio.Lock())

        async def in_turn(keys: list[K]) -> list[V | DomainError]:
            async with turn:
                return await load(keys)

        loaders[name] = DataLoader(load_fn=in_turn)
    return cast(DataLoader[K, V], loaders[name])
