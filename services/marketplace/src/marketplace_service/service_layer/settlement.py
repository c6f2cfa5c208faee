"""The monthly seller settlement and TCS (CGST Act s.52): the marketplace, as e-commerce operator,
collects 0.5% of each seller's net taxable supplies made through it in a month (supplies less
returns), and pays the seller what buyers paid less that TCS (decision 0030).

Supplies of a month: orders delivered in it. Returns: orders returned or refunded after delivery,
by the month of their last change. Cash and UPI on delivery are collected by the seller, not by us:
they count for TCS, but are not paid out."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from gst import round_half_up
from servicekit.auth import Caller

from marketplace_service.adapters import tables as t
from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.stores import managed_store

INDIA = ZoneInfo("Asia/Kolkata")
TCS_PERCENT = Fraction(1, 2)


@dataclass(frozen=True)
class Settlement:
    store_id: uuid.UUID
    month: str
    orders: int
    supplies_taxable_paise: int
    returns_taxable_paise: int
    net_taxable_paise: int
    tcs_paise: int
    collected_online_paise: int
    payout_paise: int


def month_bounds(month: str) -> tuple[datetime, datetime]:
    try:
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
    except ValueError:
        raise MarketError(MarketErrorCode.INVALID_MONTH, "A month is like 2026-12.", "month") from None
    following = date(year + number // 12, number % 12 + 1, 1)
    return (
        datetime(first.year, first.month, 1, tzinfo=INDIA),
        datetime(following.year, following.month, 1, tzinfo=INDIA),
    )


async def settlement(
    deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID, month: str
) -> Settlement:
    start, end = month_bounds(month)
    o = t.orders.c
    delivered = sa.and_(o.store_id == store_id, o.delivered_at >= start, o.delivered_at < end)
    returned = sa.and_(
        o.store_id == store_id,
        o.status.in_(["returned", "refunded"]),
        o.delivered_at.is_not(None),
        o.updated_at >= start,
        o.updated_at < end,
    )
    online = sa.case((o.payment_mode == "online", o.total_paise), else_=0)
    async with deps.unit_of_work() as uow:
        await managed_store(uow, caller, store_id)
        supplies = (
            await uow.session.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.coalesce(sa.func.sum(o.taxable_paise), 0),
                    sa.func.coalesce(sa.func.sum(online), 0),
                ).where(delivered)
            )
        ).one()
        returns = await uow.session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(o.taxable_paise), 0)).where(returned)
        )
    net = max(int(supplies[1]) - int(returns or 0), 0)
    tcs = round_half_up(Fraction(net) * TCS_PERCENT / 100)
    collected = int(supplies[2])
    return Settlement(
        store_id,
        month,
        int(supplies[0]),
        int(supplies[1]),
        int(returns or 0),
        net,
        tcs,
        collected,
        collected - tcs,
    )
