"""Resolvers with a description in the SDL, typed for strict mypy: strawberry's overload for a decorator
with arguments returns Any, which mypy refuses as an untyped decorator. (The calendar service has its
own copy from before this module; it can import these instead.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

import strawberry

F = TypeVar("F", bound=Callable[..., object])


def field(description: str) -> Callable[[F], F]:
    """`@strawberry.field(description=...)`, keeping the resolver's type."""
    return cast(Callable[[F], F], strawberry.field(description=description))


def mutation(description: str) -> Callable[[F], F]:
    """`@strawberry.mutation(description=...)`, keeping the resolver's type."""
    return cast(Callable[[F], F], strawberry.mutation(description=description))
