"""Queries of the marketplace graph: the catalogue, carts, orders, stores and settlements."""

from __future__ import annotations

import strawberry
from servicekit.graphql import described

from marketplace_service.api.graphql.context import MarketInfo, as_uuid, caller_of, services_of
from marketplace_service.api.graphql.enums import OrderStatus, StoreStatus
from marketplace_service.api.graphql.errors import as_graphql_error
from marketplace_service.api.graphql.inputs import ShopSearchInput
from marketplace_service.api.graphql.types import (
    ShopCartLineType,
    ShopCategoryType,
    ShopFacetType,
    ShopOrderType,
    ShopProductType,
    ShopSearchPageType,
    ShopSettlementType,
    ShopStoreType,
)
from marketplace_service.service_layer import cart, catalogue_reads, reads, search, settlement


async def _search(
    info: MarketInfo, given: ShopSearchInput, first: int, after: str | None
) -> ShopSearchPageType:
    deps = services_of(info).deps
    page = await search.search_catalogue(
        deps,
        search.CatalogueQuery(
            text=given.text,
            category_id=given.category_id,
            store_id=as_uuid(given.store_id, "storeId") if given.store_id else None,
            district_id=given.district_id,
            min_price_paise=given.min_price_paise,
            max_price_paise=given.max_price_paise,
            in_stock=given.in_stock,
            sort=given.sort,
            first=first,
            after=after,
        ),
    )
    views = await catalogue_reads.product_views(deps, page.products)
    return ShopSearchPageType(
        products=[ShopProductType.of(v) for v in views],
        total=page.total,
        next_cursor=page.next_cursor,
        categories=[ShopFacetType(value=f.value, count=f.count) for f in page.categories],
        stores=[ShopFacetType(value=f.value, count=f.count) for f in page.stores],
    )


@strawberry.type(name="Query")
class MarketQueries:
    @described.field("The category tree, in order (parentId null at the top).")
    async def shop_categories(self, info: MarketInfo) -> list[ShopCategoryType]:
        return [ShopCategoryType.of(c) for c in await catalogue_reads.categories(services_of(info).deps)]

    @described.field(
        "Search the catalogue in English or Telugu, with filters, a sort, facets and cursor pages."
    )
    async def shop_search(
        self,
        info: MarketInfo,
        input: ShopSearchInput | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> ShopSearchPageType:
        return await as_graphql_error(_search(info, input or ShopSearchInput(), first, after))

    @described.field("A product on sale (or any of a store you manage).")
    async def shop_product(self, info: MarketInfo, id: strawberry.ID) -> ShopProductType:
        async def run() -> ShopProductType:
            deps = services_of(info).deps
            return ShopProductType.of(await catalogue_reads.product(deps, caller_of(info), as_uuid(id, "id")))

        return await as_graphql_error(run())

    @described.field("The products of a store you manage, newest first; at most 100 at a time.")
    async def shop_store_products(
        self, info: MarketInfo, store_id: strawberry.ID, first: int = 20, offset: int = 0
    ) -> list[ShopProductType]:
        async def run() -> list[ShopProductType]:
            views = await catalogue_reads.store_products(
                services_of(info).deps, caller_of(info), as_uuid(store_id, "storeId"), first, offset
            )
            return [ShopProductType.of(v) for v in views]

        return await as_graphql_error(run())

    @described.field("An approved store (or one you manage).")
    async def shop_store(self, info: MarketInfo, id: strawberry.ID) -> ShopStoreType:
        async def run() -> ShopStoreType:
            deps = services_of(info).deps
            return ShopStoreType.of(await catalogue_reads.store(deps, caller_of(info), as_uuid(id, "id")))

        return await as_graphql_error(run())

    @described.field("The stores you own.")
    async def my_shop_stores(self, info: MarketInfo) -> list[ShopStoreType]:
        async def run() -> list[ShopStoreType]:
            return [
                ShopStoreType.of(s)
                for s in await catalogue_reads.my_stores(services_of(info).deps, caller_of(info))
            ]

        return await as_graphql_error(run())

    @described.field("Stores by status, for super admins (the approval queue: status PENDING).")
    async def shop_stores_to_moderate(
        self, info: MarketInfo, status: StoreStatus | None = None, first: int = 20, offset: int = 0
    ) -> list[ShopStoreType]:
        async def run() -> list[ShopStoreType]:
            rows = await catalogue_reads.stores_for_moderation(
                services_of(info).deps, caller_of(info), status, first, offset
            )
            return [ShopStoreType.of(s) for s in rows]

        return await as_graphql_error(run())

    @described.field("Your cart, across stores.")
    async def my_shop_cart(self, info: MarketInfo) -> list[ShopCartLineType]:
        async def run() -> list[ShopCartLineType]:
            return [ShopCartLineType.of(r) for r in await cart.cart(services_of(info).deps, caller_of(info))]

        return await as_graphql_error(run())

    @described.field("Your orders, newest first; at most 100 at a time.")
    async def my_shop_orders(self, info: MarketInfo, first: int = 20, offset: int = 0) -> list[ShopOrderType]:
        async def run() -> list[ShopOrderType]:
            views = await reads.my_orders(services_of(info).deps, caller_of(info), first, offset)
            return [ShopOrderType.of(v) for v in views]

        return await as_graphql_error(run())

    @described.field("The orders of a store you manage, newest first; at most 100 at a time.")
    async def shop_store_orders(
        self,
        info: MarketInfo,
        store_id: strawberry.ID,
        status: OrderStatus | None = None,
        first: int = 20,
        offset: int = 0,
    ) -> list[ShopOrderType]:
        async def run() -> list[ShopOrderType]:
            views = await reads.store_orders(
                services_of(info).deps,
                caller_of(info),
                as_uuid(store_id, "storeId"),
                status.value if status else None,
                first,
                offset,
            )
            return [ShopOrderType.of(v) for v in views]

        return await as_graphql_error(run())

    @described.field("One order: yours, or one of a store you manage.")
    async def shop_order(self, info: MarketInfo, id: strawberry.ID) -> ShopOrderType:
        async def run() -> ShopOrderType:
            return ShopOrderType.of(
                await reads.order(services_of(info).deps, caller_of(info), as_uuid(id, "id"))
            )

        return await as_graphql_error(run())

    @described.field(
        "A store's settlement for a month (YYYY-MM): net taxable supplies, TCS (0.5%) and payout."
    )
    async def shop_settlement(
        self, info: MarketInfo, store_id: strawberry.ID, month: str
    ) -> ShopSettlementType:
        async def run() -> ShopSettlementType:
            s = await settlement.settlement(
                services_of(info).deps, caller_of(info), as_uuid(store_id, "storeId"), month
            )
            return ShopSettlementType(
                store_id=strawberry.ID(str(s.store_id)),
                month=s.month,
                orders=s.orders,
                supplies_taxable_paise=s.supplies_taxable_paise,  # type: ignore[arg-type]
                returns_taxable_paise=s.returns_taxable_paise,  # type: ignore[arg-type]
                net_taxable_paise=s.net_taxable_paise,  # type: ignore[arg-type]
                tcs_paise=s.tcs_paise,  # type: ignore[arg-type]
                collected_online_paise=s.collected_online_paise,  # type: ignore[arg-type]
                payout_paise=s.payout_paise,  # type: ignore[arg-type]
            )

        return await as_graphql_error(run())
