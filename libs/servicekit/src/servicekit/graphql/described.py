"""Resolvers with a description in the SDL, typed for mypy (strawberry's own overload for a decorator
with arguments returns Any, which strict mypy refuses as an untyped decorator). Every subgraph uses
these."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

import strawberry

F = TypeVar("F", bound=Callable[..., object])


def field(description: str) -> Callable[[F], F]:
    return cast(Callable[[F], F], strawberry.field(description=description))


def mutation(description: str) -> Callable[[F], F]:
    return cast(Callable[[F], F], strawberry.mutation(description=description))
