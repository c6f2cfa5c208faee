"""calendar.booking.* in billing: a draft quotation from a confirmed booking, changes reflected on
drafts and flagged (never applied) on issued documents, damage charges as a supplementary invoice."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

import sqlalchemy as sa
from billing_service.bootstrap import BillingServices, build_services
from billing_service.consumers.calendar_events import calendar_handlers
from billing_service.domain.documents import Document
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer import drafts, issuing
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.settings import BillingSettings
from contracts import calendar as c
from servicekit.auth import Caller
from servicekit.db import create_engine
from servicekit.events import Envelope

from .booking_events import booking, envelope
from .scenarios import registered_decorator


async def _deliver(services: BillingServices, event: Envelope) -> None:
    await _deliver_with(services.deps, event)


async def _deliver_with(deps: UseCaseDependencies, event: Envelope) -> None:
    handler = calendar_handlers(deps).handler_for(event)
    assert handler is not None
    async with deps.unit_of_work() as uow:
        await handler(uow.session, event)
        await uow.commit()


async def _documents(services: BillingServices, booking_id: uuid.UUID) -> list[Document]:
    async with services.deps.unit_of_work() as uow:
        return await uow.documents.of_booking(booking_id)


async def _confirmed(services: BillingServices) -> tuple[Caller, uuid.UUID, Document]:
    me = await registered_decorator(services.deps)
    booking_id = uuid.uuid4()
    await _deliver(services, envelope(c.BOOKING_CONFIRMED, booking(me, booking_id)))
    (quotation,) = await _documents(services, booking_id)
    return me, booking_id, quotation


async def test_a_confirmed_booking_gets_a_draft_quotation_with_its_line_items(
    services: BillingServices,
) -> None:
    _, _, quotation = await _confirmed(services)
    assert (quotation.kind, quotation.status) == (DocumentKind.QUOTATION, DocumentStatus.DRAFT)
    assert [
        (line.description, line.quantity, line.rate_paise, line.tax_code) for line in quotation.lines
    ] == [
        ("Mandapam decoration", Decimal(1), 1_50_000_00, "998596"),
        ("Chairs", Decimal(300), 15_00, "997319"),
    ]
    assert quotation.amounts.taxable_paise == 1_54_500_00
    assert quotation.event_state_code == "36"


async def test_a_second_confirmation_or_an_existing_quotation_makes_no_second_one(
    services: BillingServices,
) -> None:
    me, booking_id, _ = await _confirmed(services)
    await _deliver(services, envelope(c.BOOKING_CONFIRMED, booking(me, booking_id)))
    assert len(await _documents(services, booking_id)) == 1


async def test_changed_items_are_reflected_on_the_draft(services: BillingServices) -> None:
    me, booking_id, _ = await _confirmed(services)
    items = booking(me, booking_id)["line_items"][:1]
    await _deliver(services, envelope(c.BOOKING_ITEMS_CHANGED, booking(me, booking_id, line_items=items)))
    (quotation,) = await _documents(services, booking_id)
    assert [line.description for line in quotation.lines] == ["Mandapam decoration"]
    assert quotation.booking_changed_at is None


async def test_an_issued_invoice_is_flagged_not_changed_when_the_booking_moves_or_is_cancelled(
    services: BillingServices,
) -> None:
    deps = services.deps
    me, booking_id, quotation = await _confirmed(services)
    await drafts.answer_quotation(deps, me, quotation.id, accepted=True)
    invoice = await drafts.invoice_from_quotation(deps, me, quotation.id)
    issued = await issuing.issue_document(deps, me, invoice.id)
    moved = booking(me, booking_id, line_items=booking(me, booking_id)["line_items"][:1])
    moved.update(previous_schedule=moved["schedule"], reason="Muhurtham moved")
    await _deliver(services, envelope(c.BOOKING_RESCHEDULED, moved))
    await _deliver(
        services, envelope(c.BOOKING_CANCELLED, booking(me, booking_id, reason="Family called off"))
    )

    after = next(d for d in await _documents(services, booking_id) if d.id == issued.id)
    assert (after.lines, after.amounts, after.numbering) == (issued.lines, issued.amounts, issued.numbering)
    assert after.booking_changed_at is not None
    async with deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            sa.text("SELECT change, detail FROM booking_changes WHERE document_id = :d ORDER BY occurred_at"),
            {"d": issued.id},
        )
        assert [tuple(r) for r in rows] == [
            ("rescheduled", "Muhurtham moved"),
            ("cancelled", "Family called off"),
        ]


async def test_a_cancelled_booking_declines_its_draft_quotation(services: BillingServices) -> None:
    me, booking_id, _ = await _confirmed(services)
    await _deliver(services, envelope(c.BOOKING_CANCELLED, booking(me, booking_id, reason="Postponed")))
    (quotation,) = await _documents(services, booking_id)
    assert quotation.status is DocumentStatus.DECLINED


async def test_damage_charges_become_a_draft_supplementary_invoice(services: BillingServices) -> None:
    me, booking_id, _ = await _confirmed(services)
    charges = [
        {
            "stock_item_id": str(uuid.uuid4()),
            "item_name": "Chairs",
            "damaged": 3,
            "lost": 1,
            "charge_paise": 2_000_00,
            "note": None,
        }
    ]
    done = booking(me, booking_id, status="completed", damage_charges=charges, damage_charges_paise=2_000_00)
    await _deliver(services, envelope(c.BOOKING_COMPLETED, done))
    (supplementary,) = [d for d in await _documents(services, booking_id) if d.kind is DocumentKind.INVOICE]
    assert supplementary.status is DocumentStatus.DRAFT
    assert supplementary.amounts.taxable_paise == 2_000_00
    assert supplementary.lines[0].description == "Damage charge: Chairs (damaged 3, lost 1)"


async def test_a_booking_changed_while_its_invoice_is_issued_never_unissues_it(
    service_database_url: str, service_settings: BillingSettings
) -> None:
    """Eight bookings, each with its draft invoice issued as the booking's items change, on separate
    connections released together: the invoice stays issued and numbered (1..8, no gap), with the old
    lines and the change flagged, or the new lines if the change came first.

    To see it fail: in consumers/calendar_events.py (`changed`) read the documents without
    `for_update=True`; the consumer writes a draft read before the issue back over the issued
    invoice, which loses its number. Verified."""
    rounds = 8
    engine = create_engine(service_database_url, pool_size=2 * rounds + 2)
    deps = build_services(service_settings, engine, None).deps
    try:
        me = await registered_decorator(deps)
        invoices = {}
        for _ in range(rounds):
            booking_id = uuid.uuid4()
            await _deliver_with(deps, envelope(c.BOOKING_CONFIRMED, booking(me, booking_id)))
            async with deps.unit_of_work() as uow:
                (quotation,) = await uow.documents.of_booking(booking_id)
            await drafts.answer_quotation(deps, me, quotation.id, accepted=True)
            invoices[booking_id] = (await drafts.invoice_from_quotation(deps, me, quotation.id)).id
        barrier = asyncio.Barrier(2 * rounds)

        async def issue(booking_id: uuid.UUID) -> None:
            await barrier.wait()
            await issuing.issue_document(deps, me, invoices[booking_id])

        async def change(booking_id: uuid.UUID) -> None:
            items = booking(me, booking_id)["line_items"][:1]
            await barrier.wait()
            await _deliver_with(
                deps, envelope(c.BOOKING_ITEMS_CHANGED, booking(me, booking_id, line_items=items))
            )

        await asyncio.gather(*(f(b) for b in invoices for f in (issue, change)))
        numbers = []
        for invoice_id in invoices.values():
            async with deps.unit_of_work() as uow:
                issued = await uow.documents.get(invoice_id)
            assert issued is not None
            assert issued.numbering is not None
            numbers.append(int(issued.numbering.number.rsplit("/", 1)[1]))
            flagged = issued.booking_changed_at is not None
            assert (len(issued.lines), flagged) in ((2, True), (1, False))
        assert sorted(numbers) == list(range(1, rounds + 1))
    finally:
        await engine.dispose()
