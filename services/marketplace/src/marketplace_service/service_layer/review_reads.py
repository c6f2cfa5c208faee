"""What the graph shows of reviews: a product's approved ones to anyone who may see the product, and
the pending ones to super admins (the moderation queue, oldest first)."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from servicekit.auth import Caller

from marketplace_service.adapters import tables as t
from marketplace_service.domain.vocabulary import ReviewStatus
from marketplace_service.service_layer import catalogue_reads
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.keyset import page_size


async def product_reviews(
    deps: UseCaseDependencies, caller: Caller, product_id: uuid.UUID, first: int, offset: int
) -> list[Any]:
    """Approved reviews of a product the caller may see (on sale, or of a store they manage)."""
    await catalogue_reads.product(deps, caller, product_id)
    r = t.reviews.c
    query = (
        _with_titles()
        .where(r.product_id == product_id, r.status == ReviewStatus.APPROVED.value)
        .order_by(r.created_at.desc(), r.id.desc())
    )
    return await _rows(deps, query, first, offset)


async def reviews_to_moderate(
    deps: UseCaseDependencies, caller: Caller, first: int, offset: int
) -> list[Any]:
    authorize(caller, Operation.MODERATE)
    r = t.reviews.c
    query = _with_titles().where(r.status == ReviewStatus.PENDING.value).order_by(r.created_at, r.id)
    return await _rows(deps, query, first, offset)


def _with_titles() -> sa.Select[Any]:
    r, p = t.reviews.c, t.products.c
    return sa.select(
        r.id, r.product_id, r.rating, r.text, r.status, r.created_at, p.title_en, p.title_te
    ).join(t.products, p.id == r.product_id)


async def _rows(deps: UseCaseDependencies, query: sa.Select[Any], first: int, offset: int) -> list[Any]:
    async with deps.unit_of_work() as uow:
        found = await uow.session.execute(query.limit(page_size(first)).offset(max(offset, 0)))
        return list(found.all())
