"""The arguments of the route shown (`/calendar?booking=<id>`): what a link from another screen asks
this one to open. The shell replaces them on every route; a screen reads them when it loads."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class RouteArguments:
    def __init__(self) -> None:
        self._values: Mapping[str, str] = MappingProxyType({})

    def replace(self, values: Mapping[str, str]) -> None:
        self._values = MappingProxyType(dict(values))

    def get(self, name: str) -> str | None:
        return self._values.get(name)
