"""An order's life: the store moves it, the buyer cancels or returns it, each sees only their own;
reviews from verified buyers; the monthly settlement with TCS; erasure keeps the order."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from contracts import users as u
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.consumers.users_events import erase_person
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.vocabulary import OrderAction
from marketplace_service.service_layer import catalogue_reads, reads, review_reads, reviews, settlement
from marketplace_service.service_layer.orders import MoveOrder, move_order
from servicekit.auth import Caller
from servicekit.errors import DomainError
from servicekit.events import Envelope

from .scenarios import ADMIN, approved_store, bought, buyer, listed, seller, variant_of


async def one_order(services: MarketplaceServices) -> tuple[Caller, Caller, uuid.UUID, uuid.UUID]:
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    result = await bought(deps, who, tent.id, 2)
    return owner, who, store_id, result.order_ids[0]


async def test_the_store_moves_an_order_to_delivered_with_history(services: MarketplaceServices) -> None:
    owner, who, _, order_id = await one_order(services)
    for action in (OrderAction.ACCEPT, OrderAction.PACK, OrderAction.SHIP, OrderAction.DELIVER):
        await move_order(services.deps, owner, MoveOrder(order_id, action))
    view = await reads.order(services.deps, who, order_id)
    assert [h.status for h in view.history] == ["placed", "accepted", "packed", "shipped", "delivered"]


async def test_the_buyer_cannot_ship_and_cannot_cancel_after_shipping(services: MarketplaceServices) -> None:
    owner, who, _, order_id = await one_order(services)
    with pytest.raises(DomainError) as not_theirs:
        await move_order(services.deps, who, MoveOrder(order_id, OrderAction.SHIP))
    assert not_theirs.value.code == MarketErrorCode.FORBIDDEN
    for action in (OrderAction.ACCEPT, OrderAction.PACK, OrderAction.SHIP):
        await move_order(services.deps, owner, MoveOrder(order_id, action))
    with pytest.raises(DomainError) as late:
        await move_order(services.deps, who, MoveOrder(order_id, OrderAction.CANCEL))
    assert late.value.code == MarketErrorCode.INVALID_TRANSITION


async def test_a_store_cancels_with_a_reason_and_the_stock_comes_back(services: MarketplaceServices) -> None:
    owner, _, _, order_id = await one_order(services)
    with pytest.raises(DomainError) as no_reason:
        await move_order(services.deps, owner, MoveOrder(order_id, OrderAction.CANCEL))
    assert no_reason.value.code == MarketErrorCode.REASON_REQUIRED
    await move_order(services.deps, owner, MoveOrder(order_id, OrderAction.CANCEL, "rain damaged the stock"))
    view = await reads.order(services.deps, owner, order_id)
    assert (view.order.status, view.order.reason) == ("cancelled", "rain damaged the stock")
    assert (await variant_of(services.deps, view.lines[0].product_id)).stock == 10


async def test_another_store_and_another_buyer_see_no_such_order(services: MarketplaceServices) -> None:
    _, _, store_id, order_id = await one_order(services)
    other_owner, _ = await approved_store(services.deps, seller())
    for stranger in (other_owner, buyer()):
        with pytest.raises(DomainError) as hidden:
            await reads.order(services.deps, stranger, order_id)
        assert hidden.value.code == MarketErrorCode.NOT_FOUND
        with pytest.raises(DomainError) as moved:
            await move_order(services.deps, stranger, MoveOrder(order_id, OrderAction.ACCEPT))
        assert moved.value.code == MarketErrorCode.NOT_FOUND
    with pytest.raises(DomainError) as listing:
        await reads.store_orders(services.deps, other_owner, store_id, None, 10, 0)
    assert listing.value.code == "FORBIDDEN"


async def test_a_review_comes_after_delivery_once_per_line_and_counts_when_approved(
    services: MarketplaceServices,
) -> None:
    owner, who, _, order_id = await one_order(services)
    view = await reads.order(services.deps, who, order_id)
    line_id = view.lines[0].id
    with pytest.raises(DomainError) as early:
        await reviews.review_line(services.deps, who, line_id, 5, "good")
    assert early.value.code == MarketErrorCode.NOT_A_VERIFIED_BUYER
    for action in (OrderAction.ACCEPT, OrderAction.PACK, OrderAction.SHIP, OrderAction.DELIVER):
        await move_order(services.deps, owner, MoveOrder(order_id, action))
    review_id = await reviews.review_line(services.deps, who, line_id, 4, "good cloth")
    with pytest.raises(DomainError) as twice:
        await reviews.review_line(services.deps, who, line_id, 5, None)
    assert twice.value.code == MarketErrorCode.ALREADY_REVIEWED
    with pytest.raises(DomainError) as bad:
        await reviews.review_line(services.deps, who, line_id, 6, None)
    assert bad.value.code == MarketErrorCode.INVALID_RATING
    product_id = view.lines[0].product_id
    assert await review_reads.product_reviews(services.deps, who, product_id, 20, 0) == []
    queue = await review_reads.reviews_to_moderate(services.deps, ADMIN, 100, 0)
    assert review_id in [r.id for r in queue]
    with pytest.raises(DomainError) as not_admin:
        await review_reads.reviews_to_moderate(services.deps, who, 20, 0)
    assert not_admin.value.code == "FORBIDDEN"
    await reviews.moderate_review(services.deps, ADMIN, review_id, approve=True)
    product = await catalogue_reads.product(services.deps, who, product_id)
    assert (product.product.rating_sum, product.product.rating_count) == (4, 1)
    shown = await review_reads.product_reviews(services.deps, who, product_id, 20, 0)
    assert [(r.rating, r.text) for r in shown] == [(4, "good cloth")]


async def test_the_monthly_settlement_takes_half_a_percent_tcs_of_net_taxable_supplies(
    services: MarketplaceServices,
) -> None:
    owner, _, store_id, order_id = await one_order(services)
    for action in (OrderAction.ACCEPT, OrderAction.PACK, OrderAction.SHIP, OrderAction.DELIVER):
        await move_order(services.deps, owner, MoveOrder(order_id, action))
    month = datetime.now(UTC).strftime("%Y-%m")
    report = await settlement.settlement(services.deps, owner, store_id, month)
    # Rs 3,000 delivered (free delivery): TCS Rs 15; paid on delivery, so nothing is paid out.
    assert (report.orders, report.net_taxable_paise, report.tcs_paise) == (1, 300000, 1500)
    assert report.payout_paise == -1500
    with pytest.raises(DomainError) as bad:
        await settlement.settlement(services.deps, owner, store_id, "2026-13")
    assert bad.value.code == MarketErrorCode.INVALID_MONTH


async def test_erasure_keeps_the_order_and_drops_the_address(services: MarketplaceServices) -> None:
    owner, who, _, order_id = await one_order(services)
    erased = u.UserErasedV1(
        user_id=uuid.UUID(who.user_id or ""),
        occurred_at=datetime.now(UTC),
        erased_by=None,
        reason="own_request",
    )
    envelope = Envelope(
        id=uuid.uuid4(),
        type=u.USER_ERASED,
        version=1,
        occurred_at=datetime.now(UTC),
        producer="users",
        key=str(erased.user_id),
        trace_id=None,
        payload=erased.model_dump(mode="json"),
    )
    async with services.deps.unit_of_work() as uow:
        await erase_person(uow.session, envelope)
        await uow.commit()
    view = await reads.order(services.deps, owner, order_id)
    assert view.order.delivery_address is None
    assert view.order.total_paise > 0
