"""What resolvers read from the request context: the caller and the composition root."""

from __future__ import annotations

import uuid
from typing import cast

from servicekit.auth import Caller
from servicekit.auth.policy import require_authenticated
from servicekit.graphql import ServiceContext
from strawberry.types import Info

from billing_service.bootstrap import BillingServices
from billing_service.domain.errors import not_found

BillingInfo = Info[ServiceContext, None]


def services_of(info: BillingInfo) -> BillingServices:
    return cast(BillingServices, info.context.services)


def caller_of(info: BillingInfo) -> Caller:
    caller: Caller = info.context.caller
    return caller


def organizer_of(info: BillingInfo, organizer_id: uuid.UUID | None) -> uuid.UUID:
    """Whom the request is for: the named organizer (a super admin acting for one) or the caller.
    The policy decides whether the caller may; this only reads the id."""
    if organizer_id is not None:
        return organizer_id
    return uuid.UUID(require_authenticated(caller_of(info)))


def as_uuid(value: str | None, field: str) -> uuid.UUID | None:
    """An id from the graph; a malformed one is NOT_FOUND (it names nothing), not an internal error."""
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise not_found(field.removesuffix("Id") or "document", field) from None


def required_uuid(value: str, field: str) -> uuid.UUID:
    found = as_uuid(value, field)
    assert found is not None
    return found
