"""Queries of used-item listings and their threads, and the keyset page of a store's products."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from servicekit.graphql import described

from marketplace_service.api.graphql.context import MarketInfo, as_uuid, caller_of, services_of
from marketplace_service.api.graphql.errors import as_graphql_error
from marketplace_service.api.graphql.listing_inputs import ShopUsedListingSearchInput
from marketplace_service.api.graphql.listing_mutations import listing_shown, thread_shown
from marketplace_service.api.graphql.listing_types import (
    ListingStatus,
    ShopListingThreadType,
    ShopUsedListingPageType,
    ShopUsedListingType,
)
from marketplace_service.api.graphql.types import ShopProductPageType, ShopProductType
from marketplace_service.service_layer import catalogue_reads, images, listing_reads, listing_threads


async def _shown(info: MarketInfo, rows: list[Any]) -> list[ShopUsedListingType]:
    photos = await images.image_links(services_of(info).deps, "listing", [r.id for r in rows])
    viewer = caller_of(info).user_id
    return [ShopUsedListingType.of(r, viewer, photos[r.id]) for r in rows]


@strawberry.type
class ListingQueries:
    @described.field("Search active used-item listings in English or Telugu, with filters and cursor pages.")
    async def used_listings(
        self,
        info: MarketInfo,
        input: ShopUsedListingSearchInput | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> ShopUsedListingPageType:
        given = input or ShopUsedListingSearchInput()

        async def run() -> ShopUsedListingPageType:
            page = await listing_reads.search_listings(
                services_of(info).deps,
                listing_reads.ListingQuery(
                    text=given.text,
                    category_id=given.category_id,
                    district=given.district_id,
                    condition=given.condition,
                    min_price_paise=given.min_price_paise,
                    max_price_paise=given.max_price_paise,
                    sort=given.sort,
                    first=first,
                    after=after,
                ),
            )
            return ShopUsedListingPageType(
                listings=await _shown(info, page.listings), next_cursor=page.next_cursor
            )

        return await as_graphql_error(run())

    @described.field("A used-item listing: active or sold, or your own, or any for super admins.")
    async def used_listing(self, info: MarketInfo, id: strawberry.ID) -> ShopUsedListingType:
        return await as_graphql_error(listing_shown(info, as_uuid(id, "id")))

    @described.field("Your used-item listings, newest first (at most 100).")
    async def my_used_listings(self, info: MarketInfo) -> list[ShopUsedListingType]:
        async def run() -> list[ShopUsedListingType]:
            return await _shown(
                info, await listing_reads.my_listings(services_of(info).deps, caller_of(info))
            )

        return await as_graphql_error(run())

    @described.field("Used-item listings by status for super admins, oldest first (the queue: PENDING).")
    async def used_listings_to_moderate(
        self,
        info: MarketInfo,
        status: ListingStatus = ListingStatus.PENDING,
        first: int = 20,
        after: str | None = None,
    ) -> ShopUsedListingPageType:
        async def run() -> ShopUsedListingPageType:
            page = await listing_reads.listings_to_moderate(
                services_of(info).deps, caller_of(info), status, first, after
            )
            return ShopUsedListingPageType(
                listings=await _shown(info, page.listings), next_cursor=page.next_cursor
            )

        return await as_graphql_error(run())

    @described.field("Your listing threads as buyer or seller, latest first, each with its last message.")
    async def my_listing_threads(self, info: MarketInfo) -> list[ShopListingThreadType]:
        async def run() -> list[ShopListingThreadType]:
            caller = caller_of(info)
            views = await listing_threads.my_threads(services_of(info).deps, caller)
            return [ShopListingThreadType.of(v, uuid.UUID(caller.user_id or "")) for v in views]

        return await as_graphql_error(run())

    @described.field("One listing thread you are in, with its last 100 messages.")
    async def listing_thread(self, info: MarketInfo, id: strawberry.ID) -> ShopListingThreadType:
        return await as_graphql_error(thread_shown(info, as_uuid(id, "id")))

    @described.field("The products of a store you manage, newest first, in keyset pages (at most 100).")
    async def shop_store_product_page(
        self, info: MarketInfo, store_id: strawberry.ID, first: int = 20, after: str | None = None
    ) -> ShopProductPageType:
        async def run() -> ShopProductPageType:
            views, cursor = await catalogue_reads.store_products_page(
                services_of(info).deps, caller_of(info), as_uuid(store_id, "storeId"), first, after
            )
            return ShopProductPageType(products=[ShopProductType.of(v) for v in views], next_cursor=cursor)

        return await as_graphql_error(run())
