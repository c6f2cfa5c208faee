"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

from typing import cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.types import Info

from discovery_service.bootstrap import DiscoveryServices
from discovery_service.service_layer.dependencies import UseCaseDependencies

DiscoveryInfo = Info[ServiceContext, None]


def services_of(info: DiscoveryInfo) -> DiscoveryServices:
    return cast(DiscoveryServices, info.context.services)


def deps_of(info: DiscoveryInfo) -> UseCaseDependencies:
    return services_of(info).deps


def caller_of(info: DiscoveryInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller
