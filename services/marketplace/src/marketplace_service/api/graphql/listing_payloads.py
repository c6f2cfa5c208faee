"""Payloads of the used-item listing and image mutations: a result, or typed errors."""

from __future__ import annotations

import strawberry

from marketplace_service.api.graphql.errors import MarketErrorType
from marketplace_service.api.graphql.listing_types import (
    ShopImageUploadType,
    ShopListingThreadType,
    ShopUsedListingType,
)


@strawberry.type(name="ShopUsedListingPayload")
class ShopUsedListingPayload:
    listing: ShopUsedListingType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopListingThreadPayload")
class ShopListingThreadPayload:
    thread: ShopListingThreadType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="ShopImageUploadPayload")
class ShopImageUploadPayload:
    upload: ShopImageUploadType | None = None
    errors: list[MarketErrorType] = strawberry.field(default_factory=list)
