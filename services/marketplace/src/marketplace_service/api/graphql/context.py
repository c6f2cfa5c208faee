"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

import uuid
from typing import cast

from servicekit.auth import Caller
from servicekit.graphql import ServiceContext
from strawberry.types import Info

from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import not_found

MarketInfo = Info[ServiceContext, None]


def services_of(info: MarketInfo) -> MarketplaceServices:
    return cast(MarketplaceServices, info.context.services)


def caller_of(info: MarketInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller


def as_uuid(value: str, field: str) -> uuid.UUID:
    """An id from the graph; a malformed one is NOT_FOUND (it names nothing), not an internal error."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise not_found(field.removesuffix("Id") or "thing", field) from None
