"""Queries of product reviews: a product's approved ones, and the super admins' moderation queue."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from servicekit.graphql import described

from marketplace_service.api.graphql.context import MarketInfo, as_uuid, caller_of, services_of
from marketplace_service.api.graphql.errors import as_graphql_error
from marketplace_service.service_layer import review_reads


@strawberry.type(name="ShopReview")
class ShopReviewType:
    id: strawberry.ID
    product_id: strawberry.ID
    product_title_en: str
    product_title_te: str | None
    rating: int
    text: str | None = strawberry.field(description="Null once its writer's data was erased.")
    created_at: datetime

    @classmethod
    def of(cls, row: Any) -> ShopReviewType:
        return cls(
            id=strawberry.ID(str(row.id)),
            product_id=strawberry.ID(str(row.product_id)),
            product_title_en=row.title_en,
            product_title_te=row.title_te,
            rating=row.rating,
            text=row.text,
            created_at=row.created_at,
        )


@strawberry.type
class ReviewQueries:
    @described.field("A product's approved reviews, newest first; at most 100 at a time.")
    async def shop_product_reviews(
        self, info: MarketInfo, product_id: strawberry.ID, first: int = 20, offset: int = 0
    ) -> list[ShopReviewType]:
        async def run() -> list[ShopReviewType]:
            rows = await review_reads.product_reviews(
                services_of(info).deps, caller_of(info), as_uuid(product_id, "productId"), first, offset
            )
            return [ShopReviewType.of(r) for r in rows]

        return await as_graphql_error(run())

    @described.field("Reviews waiting for moderation, oldest first (super admins).")
    async def shop_reviews_to_moderate(
        self, info: MarketInfo, first: int = 20, offset: int = 0
    ) -> list[ShopReviewType]:
        async def run() -> list[ShopReviewType]:
            rows = await review_reads.reviews_to_moderate(
                services_of(info).deps, caller_of(info), first, offset
            )
            return [ShopReviewType.of(r) for r in rows]

        return await as_graphql_error(run())
