"""The catalogue search finds across scripts and misspellings, filters, sorts, counts and pages."""

from __future__ import annotations

import pytest
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer import stores
from marketplace_service.service_layer.search import CatalogueQuery, SearchSort, search_catalogue
from servicekit.errors import DomainError

from .scenarios import ADMIN, approved_store, listed, shamiana


def lights(stock: int = 5) -> ProductInput:
    return ProductInput(
        "serial-lights",
        "LED serial lights 10 m",
        "ఎల్ఈడీ సీరియల్ లైట్లు",
        "Warm white lighting for mandapam",
        None,
        "9405",
        "18",
        [VariantInput("LED-10", "Warm white", 45000, 60000, stock)],
    )


def english_only_shamiana() -> ProductInput:
    return ProductInput(
        "tents",
        "Shamiana canopy",
        None,
        None,
        None,
        "6306",
        "12",
        [VariantInput("CAN-1", "", 90000, None, 0)],
    )


def telugu_only() -> ProductInput:
    return ProductInput(
        "flowers",
        "Garland",
        "బంతిపూల దండ",
        None,
        None,
        "0603",
        "0",
        [VariantInput("MAR-1", "", 30000, None, 9)],
    )


async def titles(services: MarketplaceServices, **query: object) -> list[str]:
    page = await search_catalogue(services.deps, CatalogueQuery(**query))  # type: ignore[arg-type]
    return [p.title_en for p in page.products]


async def test_a_misspelling_and_either_script_find_the_shamiana(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    await listed(services.deps, owner, store_id, english_only_shamiana())
    await listed(services.deps, owner, store_id, lights())
    assert await titles(services, text="shamiyana", store_id=store_id) == ["Shamiana canopy"]
    assert await titles(services, text="షామియానా", store_id=store_id) == ["Shamiana canopy"]
    assert await titles(services, text="lights", store_id=store_id) == ["LED serial lights 10 m"]


async def test_an_english_query_finds_a_product_listed_only_in_telugu(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    await listed(services.deps, owner, store_id, telugu_only())
    assert await titles(services, text="banthipoola", store_id=store_id) == ["Garland"]
    assert await titles(services, text="lighting", store_id=store_id) == []


async def test_filters_sorts_and_facets(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    await listed(services.deps, owner, store_id, shamiana())
    await listed(services.deps, owner, store_id, lights())
    await listed(services.deps, owner, store_id, english_only_shamiana())
    assert await titles(services, store_id=store_id, sort=SearchSort.PRICE_LOW) == [
        "LED serial lights 10 m",
        "Shamiana canopy",
        "Shamiana tent 20x40",
    ]
    assert await titles(services, store_id=store_id, in_stock=True, max_price_paise=100000) == [
        "LED serial lights 10 m"
    ]
    assert await titles(services, store_id=store_id, category_id="lighting") == ["LED serial lights 10 m"]
    assert await titles(services, store_id=store_id, district_id="hyderabad", text="tent") == [
        "Shamiana tent 20x40"
    ]
    page = await search_catalogue(services.deps, CatalogueQuery(store_id=store_id))
    assert {(f.value, f.count) for f in page.categories} == {("tents", 2), ("serial-lights", 1)}
    assert page.total == 3


async def test_cursor_pages_cover_every_product_once(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    for n in range(5):
        await listed(services.deps, owner, store_id, shamiana(sku=f"S-{n}", price=100000 + n))
    seen: list[str] = []
    after = None
    while True:
        page = await search_catalogue(
            services.deps, CatalogueQuery(store_id=store_id, sort=SearchSort.PRICE_HIGH, first=2, after=after)
        )
        seen += [str(p.id) for p in page.products]
        if (after := page.next_cursor) is None:
            break
    assert len(seen) == len(set(seen)) == 5


async def test_a_suspended_stores_products_leave_the_search(services: MarketplaceServices) -> None:
    owner, store_id = await approved_store(services.deps)
    await listed(services.deps, owner, store_id)
    await stores.set_store_status(services.deps, ADMIN, store_id, StoreStatus.SUSPENDED, "fake GSTIN")
    assert await titles(services, text="shamiana", store_id=store_id) == []


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ({"first": 0}, MarketErrorCode.INVALID_PAGE_SIZE),
        ({"first": 101}, MarketErrorCode.INVALID_PAGE_SIZE),
        ({"after": "not-ours!"}, MarketErrorCode.INVALID_CURSOR),
        ({"min_price_paise": 500, "max_price_paise": 100}, MarketErrorCode.INVALID_PRICE),
        ({"min_price_paise": -1}, MarketErrorCode.INVALID_PRICE),
        ({"text": "shamiana " * 10_000}, MarketErrorCode.INVALID_TEXT),
    ],
)
async def test_bad_search_input_gets_a_typed_error(
    services: MarketplaceServices, query: dict[str, object], code: str
) -> None:
    with pytest.raises(DomainError) as refused:
        await search_catalogue(services.deps, CatalogueQuery(**query))  # type: ignore[arg-type]
    assert refused.value.code == code
