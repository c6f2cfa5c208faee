"""Keyset pages: every sort walks its whole result once, in order, with ties broken by id; a cursor
of another sort or not ours is INVALID_CURSOR."""

from __future__ import annotations

from typing import Any

import pytest
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.service_layer import catalogue_reads
from marketplace_service.service_layer.search import CatalogueQuery, SearchSort, search_catalogue
from servicekit.errors import DomainError

from .scenarios import approved_store, listed


def tent(n: int, price: int) -> ProductInput:
    return ProductInput(
        "tents",
        f"Keyset shamiana {n}",
        None,
        "Shamiana for a wedding",
        None,
        "6306",
        "12",
        [VariantInput(f"KEY-{n}", "Red", price, price, 3)],
    )


async def walk(services: MarketplaceServices, store_id: object, sort: SearchSort, text: str) -> list[Any]:
    seen: list[Any] = []
    after: str | None = None
    while True:
        page = await search_catalogue(
            services.deps,
            CatalogueQuery(text=text, store_id=store_id, sort=sort, first=3, after=after),  # type: ignore[arg-type]
        )
        seen.extend(page.products)
        if page.next_cursor is None:
            return seen
        after = page.next_cursor


@pytest.mark.parametrize("sort", list(SearchSort))
@pytest.mark.parametrize("text", ["", "shamiana"])
async def test_each_sort_walks_every_product_once_in_order(
    services: MarketplaceServices, sort: SearchSort, text: str
) -> None:
    owner, store_id = await approved_store(services.deps)
    # Prices with ties, so the id has to break them.
    made = [await listed(services.deps, owner, store_id, tent(n, 10000 * (n % 3 + 1))) for n in range(8)]
    seen = await walk(services, store_id, sort, text)
    assert sorted(p.id for p in seen) == sorted(made)
    prices = [p.min_price_paise for p in seen]
    if sort is SearchSort.PRICE_LOW:
        assert prices == sorted(prices)
    if sort is SearchSort.PRICE_HIGH:
        assert prices == sorted(prices, reverse=True)
    if sort is SearchSort.NEWEST:
        assert [p.created_at for p in seen] == sorted((p.created_at for p in seen), reverse=True)


async def test_a_cursor_of_another_sort_or_forged_is_refused(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    for n in range(3):
        await listed(services.deps, owner, store_id, tent(n, 10000))
    page = await search_catalogue(
        services.deps, CatalogueQuery(store_id=store_id, sort=SearchSort.PRICE_LOW, first=1)
    )
    assert page.next_cursor is not None
    for sort, cursor in ((SearchSort.NEWEST, page.next_cursor), (SearchSort.PRICE_LOW, "eyJzIjoxfQ")):
        with pytest.raises(DomainError) as refused:
            await search_catalogue(
                services.deps, CatalogueQuery(store_id=store_id, sort=sort, first=1, after=cursor)
            )
        assert refused.value.code == MarketErrorCode.INVALID_CURSOR


async def test_a_stores_products_page_by_keyset_and_a_product_added_between_pages_shifts_nothing(
    services: MarketplaceServices,
) -> None:
    owner, store_id = await approved_store(services.deps)
    made = [await listed(services.deps, owner, store_id, tent(n, 10000)) for n in range(5)]
    first, cursor = await catalogue_reads.store_products_page(services.deps, owner, store_id, 2, None)
    await listed(services.deps, owner, store_id, tent(99, 10000))  # newest: belongs before page one
    rest: list[object] = []
    while cursor is not None:
        views, cursor = await catalogue_reads.store_products_page(services.deps, owner, store_id, 2, cursor)
        rest.extend(v.product.id for v in views)
    assert [v.product.id for v in first] + rest == list(reversed(made))
