"""Reviews from verified buyers: one per delivered order line, shown once a super admin approves it."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from servicekit.auth import Caller

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.texts import optional_text
from marketplace_service.domain.vocabulary import OrderStatus, ReviewStatus
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies

REVIEWABLE = {OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.REFUNDED}


async def review_line(
    deps: UseCaseDependencies, caller: Caller, line_id: uuid.UUID, rating: int, text: str | None
) -> uuid.UUID:
    buyer = uuid.UUID(authorize(caller, Operation.BUY))
    if not 1 <= rating <= 5:
        raise MarketError(MarketErrorCode.INVALID_RATING, "A rating is 1 to 5 stars.", "rating")
    body = optional_text(text, "text", limit=2000)
    async with deps.unit_of_work() as uow:
        line = await uow.orders.line(line_id)
        order = await uow.orders.order(line.order_id) if line else None
        if line is None or order is None or order.buyer_id != buyer:
            raise not_found("order line", "orderLineId")
        if OrderStatus(order.status) not in REVIEWABLE:
            raise MarketError(
                MarketErrorCode.NOT_A_VERIFIED_BUYER, "Review what was delivered to you.", "orderLineId"
            )
        review_id = uuid.uuid4()
        inserted = await uow.session.execute(
            sa.dialects.postgresql.insert(t.reviews)
            .values(
                id=review_id,
                order_line_id=line_id,
                product_id=line.product_id,
                buyer_id=buyer,
                rating=rating,
                text=body,
                status=ReviewStatus.PENDING.value,
                created_at=deps.clock(),
            )
            .on_conflict_do_nothing(index_elements=["order_line_id"])
            .returning(t.reviews.c.id)
        )
        if inserted.first() is None:
            raise MarketError(MarketErrorCode.ALREADY_REVIEWED, "You reviewed this already.", "orderLineId")
        await uow.commit()
    return review_id


async def moderate_review(
    deps: UseCaseDependencies, caller: Caller, review_id: uuid.UUID, approve: bool
) -> None:
    """Approving counts the rating in the product's; rejecting an approved one takes it out again."""
    authorize(caller, Operation.MODERATE)
    async with deps.unit_of_work() as uow:
        review = (
            await uow.session.execute(
                sa.select(t.reviews).where(t.reviews.c.id == review_id).with_for_update()
            )
        ).first()
        if review is None:
            raise not_found("review", "reviewId")
        target = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
        if review.status == target.value:
            return
        delta = 1 if approve else (-1 if review.status == ReviewStatus.APPROVED.value else 0)
        await uow.session.execute(
            sa.update(t.reviews).where(t.reviews.c.id == review_id).values(status=target.value)
        )
        if delta:
            p = t.products.c
            await uow.session.execute(
                sa.update(t.products)
                .where(p.id == review.product_id)
                .values(rating_sum=p.rating_sum + delta * review.rating, rating_count=p.rating_count + delta)
            )
        await uow.commit()
