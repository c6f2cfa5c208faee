"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

from typing import cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.types import Info

from gallery_service.bootstrap import GalleryServices
from gallery_service.service_layer.dependencies import GalleryDependencies

GalleryInfo = Info[ServiceContext, None]


def deps_of(info: GalleryInfo) -> GalleryDependencies:
    return cast(GalleryServices, info.context.services).deps


def caller_of(info: GalleryInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller
