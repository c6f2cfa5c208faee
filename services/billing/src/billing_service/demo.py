"""The billing part of `make demo`: the demo organizer (lakshmi@demo.eventxperts.in, made by the users
demo) gets a billing profile, clients, quotations (open, accepted, declined), issued tax invoices
spread over the last months (CGST+SGST and IGST, one to a registered business), payments in every
mode, an advance adjusted, a credit note and a draft, all through the use cases. Seeding twice changes
nothing (an organizer with documents is left alone)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, timedelta

import gst
import india
from contracts import users as u
from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.events import Envelope
from servicekit.postgres import service_database_url

from billing_service.bootstrap import build_services
from billing_service.consumers.users_events import keep_profile_facts
from billing_service.domain.documents import LineInput
from billing_service.domain.vocabulary import DocumentKind, PaymentMode
from billing_service.service_layer import clients, drafts, issuing, notes, payments, profile, reads
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.settings import BillingSettings

DURGA_GSTIN = "37AAPFU0939F1Z" + india.gstin_check_character("37AAPFU0939F1Z")


def seed(facts: dict[str, str]) -> list[str]:
    """Billing documents for the demo organizer the users demo just made (once)."""
    organizer_id = facts.get("organizer_id")
    if organizer_id is None:
        return []  # the users demo made nobody new: this demo ran before
    return asyncio.run(_seed(BillingSettings(), uuid.UUID(organizer_id)))


async def _seed(settings: BillingSettings, organizer_id: uuid.UUID) -> list[str]:
    engine = create_engine(service_database_url(settings))
    try:
        made = await seed_organizer(build_services(settings, engine, None).deps, organizer_id)
    finally:
        await engine.dispose()
    if not made:
        return []
    return [
        f"billing      {made} documents (quotations, invoices, receipts, a credit note) for the organizer"
    ]


async def seed_organizer(deps: UseCaseDependencies, organizer_id: uuid.UUID) -> int:
    """The demo's documents for ``organizer_id``; how many were made (0 when it has some already)."""
    me = Caller(user_id=str(organizer_id), roles=frozenset({Role.USER, Role.ORGANIZER}))
    async with deps.unit_of_work() as uow:
        if await uow.documents.page(organizer_id, None, offset=0, limit=1):
            return 0
        if await uow.profiles.facts(organizer_id) is None:
            await keep_profile_facts(uow.session, _profile_facts(organizer_id))
        await uow.commit()
    await profile.update_profile(
        deps,
        me,
        profile.UpdateProfile(
            organizer_id,
            gst.RegistrationType.REGULAR,
            upi_id="lakshmidecorators@okaxis",
            bank_account_number="30281045612",
            bank_ifsc="SBIN0020345",
            bank_name="State Bank of India, Mehdipatnam",
            default_terms="50% అడ్వాన్స్, మిగతా కార్యక్రమం రోజున. / 50% advance, the balance on the day.",
        ),
    )
    return await _documents(deps, me, organizer_id)


def _profile_facts(organizer_id: uuid.UUID) -> Envelope:
    """The users demo's business facts, as users.user.profile_changed will bring them: dated long ago,
    so the real event, whenever billing consumes it, replaces this copy."""
    payload = u.UserProfileChangedV1.model_validate(
        {
            "user_id": organizer_id,
            "occurred_at": datetime(2000, 1, 1, tzinfo=UTC),
            "changed": ["business_name"],
            "name": "Lakshmi Prasanna",
            "preferred_language": "te",
            "business_name": "శ్రీ లక్ష్మి డెకరేటర్స్ & టెంట్ హౌస్",
            "gstin": "36AABCS1429B1ZV",
            "state_code": "36",
            "address": {
                "line1": "12-2-831, మెహదీపట్నం",
                "line2": None,
                "city": "Hyderabad",
                "district": "Hyderabad",
                "pin_code": "500028",
                "state_code": "36",
            },
            "default_location": None,
        }
    )
    return Envelope(
        id=uuid.uuid4(),
        type=u.USER_PROFILE_CHANGED,
        version=1,
        occurred_at=payload.occurred_at,
        producer="users",
        key=str(organizer_id),
        trace_id=None,
        payload=payload.model_dump(mode="json"),
    )


def _wedding(flowers_rupees: int) -> list[LineInput]:
    return [
        LineInput("కళ్యాణ మండపం అలంకరణ / Mandapam decoration", "1", 85_000_00, "18", "job", "998596"),
        LineInput("షామియానా 20x40 / Shamiana 20x40", "2", 4_500_00, "18", "day", "997319"),
        LineInput("ప్లాస్టిక్ కుర్చీలు / Plastic chairs", "300", 15_00, "18", "nos", "997319"),
        LineInput("పూల అలంకరణ / Flower decoration", "1", flowers_rupees * 100, "18", "job", "998596"),
    ]


async def _client(
    deps: UseCaseDependencies, me: Caller, organizer_id: uuid.UUID, *args: str | None
) -> uuid.UUID:
    name, phone, line, city, pin, state, gstin = args
    command = clients.SaveClient(
        organizer_id, str(name), None, [str(phone)], None, line, city, pin, state, gstin
    )
    return await clients.save_client(deps, me, command)


async def _documents(deps: UseCaseDependencies, me: Caller, organizer_id: uuid.UUID) -> int:
    today = deps.today()
    year_start = gst.financial_year_of(today).starts_on

    def back(days: int) -> date:  # never before the year's first day: earlier years are closed
        return max(today - timedelta(days=days), year_start)

    sravani = await _client(
        deps,
        me,
        organizer_id,
        "Sravani Reddy",
        "+91 98480 22338",
        "Kothapet",
        "Hyderabad",
        "500035",
        "36",
        None,
    )
    karthik = await _client(
        deps,
        me,
        organizer_id,
        "Karthik Varma",
        "+91 99490 12345",
        "KPHB Colony",
        "Hyderabad",
        "500072",
        "36",
        None,
    )
    padma = await _client(
        deps,
        me,
        organizer_id,
        "Padmavathi Rao",
        "+91 90000 11111",
        "Labbipet",
        "Vijayawada",
        "520010",
        "37",
        None,
    )
    durga = await _client(
        deps,
        me,
        organizer_id,
        "Sri Durga Caterers",
        "+91 94401 23456",
        "Governorpet",
        "Vijayawada",
        "520002",
        "37",
        DURGA_GSTIN,
    )

    async def draft(
        kind: DocumentKind, client: uuid.UUID, flowers: int, day: date, state: str = "36"
    ) -> uuid.UUID:
        command = drafts.SaveDraft(
            organizer_id, kind, _wedding(flowers), client, document_date=day, event_state_code=state
        )
        return (await drafts.save_draft(deps, me, command)).id

    async def invoice(client: uuid.UUID, flowers: int, day: date, state: str = "36") -> uuid.UUID:
        return (
            await issuing.issue_document(
                deps, me, await draft(DocumentKind.INVOICE, client, flowers, day, state)
            )
        ).id

    async def paid(
        invoice_id: uuid.UUID, paise: int, mode: PaymentMode, day: date, advance: uuid.UUID | None = None
    ) -> None:
        command = payments.RecordPayment(invoice_id, paise, mode, day, advance_id=advance)
        await payments.record_payment(deps, me, command)

    # Quotations: one accepted and invoiced, one declined, one waiting for the family's answer.
    accepted = await draft(DocumentKind.QUOTATION, sravani, 25_000, back(110))
    await drafts.answer_quotation(deps, me, accepted, accepted=True)
    from_quote = await drafts.invoice_from_quotation(deps, me, accepted)
    first = (await issuing.issue_document(deps, me, from_quote.id)).id
    declined = await draft(DocumentKind.QUOTATION, karthik, 40_000, back(20))
    await drafts.answer_quotation(deps, me, declined, accepted=False)
    await draft(DocumentKind.QUOTATION, karthik, 30_000, back(2))

    # Tax invoices over the months, so the receivables age: CGST+SGST in Telangana, IGST to Andhra.
    await paid(first, 50_000_00, PaymentMode.CASH, back(105))
    second = await invoice(padma, 15_000, back(70), state="37")
    await paid(second, 20_000_00, PaymentMode.CHEQUE, back(60))
    third = await invoice(durga, 10_000, back(40), state="37")
    balance = (await reads.document(deps, me, third)).balance_paise or 0
    await paid(third, balance, PaymentMode.BANK_TRANSFER, back(30))
    advance = await payments.record_advance(
        deps,
        me,
        payments.RecordAdvance(
            organizer_id, karthik, "Advance for the wedding", 20_000_00, "18", PaymentMode.UPI, "998596"
        ),
    )
    fourth = await invoice(karthik, 20_000, back(3))
    await paid(fourth, advance.amounts.total_paise, PaymentMode.ADVANCE, today, advance.id)
    await paid(fourth, 10_000_00, PaymentMode.UPI, today)
    credit = [LineInput("తక్కువ కుర్చీలు / 50 fewer chairs", "50", 15_00, "18", "nos", "997319")]
    await notes.issue_note(
        deps, me, notes.IssueNote(first, DocumentKind.CREDIT_NOTE, credit, "50 chairs came back unused")
    )
    await draft(DocumentKind.INVOICE, sravani, 12_000, today)
    async with deps.unit_of_work() as uow:
        return len(await uow.documents.page(organizer_id, None, offset=0, limit=100))
