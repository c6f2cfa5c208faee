"""Invoice numbers under a race: 50 issues at once in one series are numbered 1..50, no gap, no repeat."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import gst
import pytest
import sqlalchemy as sa
from billing_service.adapters import tables as t
from billing_service.bootstrap import BillingServices, build_services
from billing_service.domain.documents import LineInput
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer import challans, drafts, issuing, profile
from billing_service.settings import BillingSettings
from servicekit.db import create_engine

from .scenarios import draft_invoice, family_client, organizer_id, registered_decorator

RIVALS = 50


async def test_fifty_concurrent_issues_get_consecutive_unique_numbers(
    service_database_url: str, service_settings: BillingSettings
) -> None:
    """Each issue runs on its own connection; all are released together behind a barrier.

    To see this test fail (and so that it can): in billing_service/adapters/documents_repository.py
    make `_TAKE_NUMBER` count from a plain read instead of the row it locked: replace
    `SET last_sequence = c.last_sequence + 1` with `SET last_sequence = 1 + (SELECT
    coalesce(max(last_sequence), 0) FROM document_counters WHERE series_id = :series AND
    financial_year = :year)`. Rivals then count from the value in their statement's snapshot, taken
    before the first of them commits, and the unique constraint on (series, year, sequence) refuses
    them (UniqueViolation; were the constraint missing too, numbers would repeat). Verified."""
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


async def test_challans_and_invoices_issued_at_once_each_run_gapless_in_their_own_series(
    service_database_url: str, service_settings: BillingSettings
) -> None:
    """Twenty delivery challans and twenty invoices of one organizer released together: DC and INV
    each count 1..20. Made to fail the same way as the test above (the counter from a plain read)."""
    each = 20
    engine = create_engine(service_database_url, pool_size=2 * each + 2)
    deps = build_services(service_settings, engine, None).deps
    try:
        me = await registered_decorator(deps)
        client = await family_client(deps, me)
        goods = [LineInput("Chairs", "300", 15_00, "0", "nos", "9401")]
        challan = drafts.SaveDraft(
            organizer_id(me), DocumentKind.DELIVERY_CHALLAN, goods, client, event_state_code="36"
        )
        rivals: list[tuple[Any, uuid.UUID]] = [
            (challans.issue_challan, (await drafts.save_draft(deps, me, challan)).id) for _ in range(each)
        ]
        rivals += [(issuing.issue_document, await draft_invoice(deps, me, client)) for _ in range(each)]
        barrier = asyncio.Barrier(len(rivals))

        async def issue(use_case: Any, draft_id: object) -> str:
            await barrier.wait()
            issued = await use_case(deps, me, draft_id)
            return str(issued.numbering.number)

        numbers = await asyncio.gather(*(issue(*rival) for rival in rivals))
        year = gst.financial_year_of(deps.today())
        for prefix in ("DC", "INV"):
            assert sorted(int(n.rsplit("/", 1)[1]) for n in numbers if n.startswith(f"{prefix}/")) == list(
                range(1, each + 1)
            )
        assert all(n.split("/")[1] == year.compact for n in numbers)
    finally:
        await engine.dispose()


async def test_a_full_series_refuses_the_issue_and_gives_nothing_away(services: BillingServices) -> None:
    """A 6-character prefix leaves room for 9,999 numbers a year (16 characters in all)."""
    deps = services.deps
    me = await registered_decorator(deps)
    series = await profile.add_series(
        deps, me, profile.AddSeries(organizer_id(me), DocumentKind.INVOICE, "DECOR1", "Decorations")
    )
    year = gst.financial_year_of(deps.today())
    draft = await draft_invoice(deps, me, await family_client(deps, me))
    async with deps.unit_of_work() as uow:
        await uow.session.execute(
            sa.insert(t.document_counters).values(
                series_id=series, financial_year=year.start_year, last_sequence=9_999
            )
        )
        await uow.commit()

    with pytest.raises(BillingError) as refused:
        await issuing.issue_document(deps, me, draft, series)

    assert (refused.value.code, refused.value.field) == (BillingErrorCode.SERIES_EXHAUSTED, "seriesId")
    async with deps.unit_of_work() as uow:
        counter = await uow.session.scalar(
            sa.select(t.document_counters.c.last_sequence).where(t.document_counters.c.series_id == series)
        )
        still = await uow.documents.get(draft)
    assert counter == 9_999
    assert still is not None
    assert (still.status, still.numbering) == (DocumentStatus.DRAFT, None)
