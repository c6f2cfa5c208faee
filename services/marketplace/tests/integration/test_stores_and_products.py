"""Stores open pending, super admins approve and suspend them; products are checked whole."""

from __future__ import annotations

import uuid

import pytest
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer import catalogue_reads, products, stores
from servicekit.errors import DomainError, InvalidInput

from .scenarios import (
    ADMIN,
    approved_store,
    bought,
    buyer,
    listed,
    seller,
    shamiana,
    store_terms,
    variant_of,
    with_profile,
)


async def test_a_store_opens_pending_with_gstin_and_state_from_the_owners_profile(
    services: MarketplaceServices,
) -> None:
    deps, owner = services.deps, seller()
    await with_profile(deps, owner)
    store_id = await stores.open_store(deps, owner, store_terms())
    store = await catalogue_reads.store(deps, owner, store_id)
    assert (store.status, store.gstin, store.state_code) == ("pending", "36AABCU9603R1ZV", "36")
    assert store.delivery_districts == ["hyderabad", "ntr"]
    with pytest.raises(DomainError) as hidden:
        await catalogue_reads.store(deps, buyer(), store_id)
    assert hidden.value.code == MarketErrorCode.NOT_FOUND


async def test_a_store_cannot_open_before_the_profile_has_a_state(services: MarketplaceServices) -> None:
    with pytest.raises(DomainError) as refused:
        await stores.open_store(services.deps, seller(), store_terms())
    assert refused.value.code == MarketErrorCode.PROFILE_INCOMPLETE


async def test_only_store_owners_open_stores_and_only_super_admins_approve(
    services: MarketplaceServices,
) -> None:
    deps = services.deps
    with pytest.raises(DomainError) as refused:
        await stores.open_store(deps, buyer(), store_terms())
    assert refused.value.code == "FORBIDDEN"
    owner = seller()
    await with_profile(deps, owner)
    store_id = await stores.open_store(deps, owner, store_terms())
    with pytest.raises(DomainError) as self_approval:
        await stores.set_store_status(deps, owner, store_id, StoreStatus.APPROVED, None)
    assert self_approval.value.code == "FORBIDDEN"
    with pytest.raises(DomainError) as no_reason:
        await stores.set_store_status(deps, ADMIN, store_id, StoreStatus.SUSPENDED, " ")
    assert no_reason.value.code == MarketErrorCode.REASON_REQUIRED


async def test_bad_store_terms_are_all_reported_together(services: MarketplaceServices) -> None:
    owner = seller()
    await with_profile(services.deps, owner)
    with pytest.raises(InvalidInput) as refused:
        await stores.open_store(
            services.deps,
            owner,
            store_terms(pickup_pin="12345", delivery_districts=["Atlantis"], delivery_flat_paise=-1),
        )
    codes = {e.code for e in refused.value.errors}
    assert codes == {MarketErrorCode.INVALID_PIN_CODE, MarketErrorCode.INVALID_PRICE}


async def test_the_platform_store_is_one_store_run_by_super_admins(services: MarketplaceServices) -> None:
    deps = services.deps
    first = await stores.open_platform_store(
        deps, ADMIN, store_terms(name_en="EventXperts Store"), gstin=None, state_code="36"
    )
    again = await stores.open_platform_store(deps, ADMIN, store_terms(), gstin=None, state_code="36")
    assert first == again
    await listed(deps, ADMIN, first)
    with pytest.raises(DomainError) as refused:
        await listed(deps, seller(), first)
    assert refused.value.code == "FORBIDDEN"


async def test_negative_prices_stock_and_a_price_over_the_mrp_are_refused_and_nothing_is_written(
    services: MarketplaceServices,
) -> None:
    deps = services.deps
    owner, store_id = await approved_store(deps)
    bad = ProductInput(
        "nowhere",
        "",
        None,
        None,
        None,
        "12",
        "7",
        [VariantInput("A 1", "x", -5, None, -1), VariantInput("OK", "y", 1000, 900, 1)],
    )
    with pytest.raises(InvalidInput) as refused:
        await products.save_product(deps, owner, store_id, bad)
    codes = [e.code for e in refused.value.errors]
    for code in (
        "INVALID_NAME",
        "INVALID_HSN",
        "INVALID_RATE",
        "INVALID_CATEGORY",
        "INVALID_SKU",
        "INVALID_PRICE",
    ):
        assert code in codes
    assert await catalogue_reads.store_products(deps, owner, store_id, 10, 0) == []


async def test_a_product_is_changed_in_place_and_its_variant_keeps_its_id(
    services: MarketplaceServices,
) -> None:
    deps = services.deps
    owner, store_id = await approved_store(deps)
    product_id = await listed(deps, owner, store_id)
    before = await variant_of(deps, product_id)
    await products.save_product(deps, owner, store_id, shamiana(stock=3, price=120000), product_id)
    after = await variant_of(deps, product_id)
    assert (after.id, after.stock, after.price_paise) == (before.id, before.stock, 120000)


async def test_saving_a_product_again_never_writes_the_forms_stock_over_what_was_sold(
    services: MarketplaceServices,
) -> None:
    """The owner loaded the form at 10; a buyer took 4; the owner saves a new price with the form's
    10. The variant keeps the 6 left: stock changes only by a recount (set_stock) or a sale."""
    deps = services.deps
    owner, store_id = await approved_store(deps)
    product_id = await listed(deps, owner, store_id, shamiana(stock=10))
    await bought(deps, buyer(), (await variant_of(deps, product_id)).id, 4)
    await products.save_product(deps, owner, store_id, shamiana(stock=10, price=140000), product_id)
    after = await variant_of(deps, product_id)
    assert (after.stock, after.price_paise) == (6, 140000)


async def test_another_owners_store_is_not_theirs_to_list_in(services: MarketplaceServices) -> None:
    deps = services.deps
    _, store_id = await approved_store(deps)
    with pytest.raises(DomainError) as refused:
        await listed(deps, seller(), store_id)
    assert refused.value.code == "FORBIDDEN"
    with pytest.raises(DomainError) as unknown:
        await listed(deps, seller(), uuid.uuid4())
    assert unknown.value.code == MarketErrorCode.NOT_FOUND
