"""Mutation payloads: the result, or typed errors with a stable code (never a GraphQL error)."""

from __future__ import annotations

import strawberry
from servicekit.graphql.paise import Paise

from marketplace_service.api.graphql.errors import MarketErrorType
from marketplace_service.api.graphql.types import ShopOrderType, ShopProductType, ShopStoreType


@strawberry.type(name="ShopStorePayload")
class ShopStorePayload:
    store: ShopStoreType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopProductPayload")
class ShopProductPayload:
    product: ShopProductType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopOrderPayload")
class ShopOrderPayload:
    order: ShopOrderType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopCheckoutPayload")
class ShopCheckoutPayload:
    checkout_id: strawberry.ID | None = None
    orders: list[ShopOrderType] = strawberry.field(default_factory=list)
    total_paise: Paise | None = None
    provider_order_id: str | None = strawberry.field(
        default=None, description="Online payment: the provider's order id to pay in the provider's checkout."
    )
    provider_key_id: str | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopDonePayload")
class ShopDonePayload:
    done: bool = False
    id: strawberry.ID | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)
