"""Invoice numbers under a race: 50 issues at once in one series are numbered 1..50, no gap, no repeat."""

from __future__ import annotations

import asyncio

import gst
import sqlalchemy as sa
from billing_service.bootstrap import build_services
from billing_service.service_layer import issuing
from billing_service.settings import BillingSettings
from servicekit.db import create_engine

from .scenarios import draft_invoice, family_client, registered_decorator

RIVALS = 50


async def test_fifty_concurrent_issues_get_consecutive_unique_numbers(
    service_database_url: str, service_settings: BillingSettings
) -> None:
    """Each issue runs on its own connection; all are released together behind a barrier.

    To see this test fail (and so that it can): in billing_service/adapters/documents_repository.py
    remove `.with_for_update()` from `next_sequence`: rivals then read the same `last_sequence`
    before any of them commits, and the unique constraint on (series, year, sequence) refuses all but
    one of each group (IntegrityError; were the constraint missing too, numbers would repeat)."""
    engine = create_engine(service_database_url, pool_size=RIVALS + 2)
    deps = build_services(service_settings, engine, None).deps
    try:
        me = await registered_decorator(deps)
        client = await family_client(deps, me)
        drafts = [await draft_invoice(deps, me, client) for _ in range(RIVALS)]
        async with engine.connect() as warm:
            await warm.execute(sa.text("SELECT 1"))
        barrier = asyncio.Barrier(RIVALS)

        async def issue(draft_id: object) -> str:
            await barrier.wait()
            issued = await issuing.issue_document(deps, me, draft_id)  # type: ignore[arg-type]
            assert issued.numbering is not None
            return issued.numbering.number

        numbers = await asyncio.gather(*(issue(d) for d in drafts))
        year = gst.financial_year_of(deps.today())
        assert sorted(numbers, key=lambda n: int(n.rsplit("/", 1)[1])) == [
            f"INV/{year.compact}/{n}" for n in range(1, RIVALS + 1)
        ]
    finally:
        await engine.dispose()
