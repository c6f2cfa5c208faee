"""Billing's figures: PDF render time for a 20-line invoice in English and Telugu, invoices issued
per second by 20 concurrent clients on one series (with a check that the numbers have no gap or repeat),
and the GSTR-1 summary of a year of 10,000 issued invoices.

The PDF part renders in-process (Typst, the packaged fonts), after a warm-up, `--renders` times per
language. The issuing part starts the embedded PostgreSQL in a scratch folder, migrates a fresh
billing database, makes `--invoices` drafts and issues them from `--clients` concurrent tasks, each on
its own connection (the service's own use case: counter row locked FOR UPDATE, decision 0023).

The GST summary writes `--summary-invoices` issued invoices straight into the tables (two lines each;
a third to registered clients, B2B; a few inter-state ones over Rs 1 lakh, B2CL; the rest B2CS), then
times the service's `gst_return` use case for the whole financial year, `--summary-runs` times.

    uv run python bench/billing.py [--renders 50] [--invoices 1000] [--clients 20] [--summary-invoices 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import gst
import sqlalchemy as sa
from billing_service.adapters import tables as t
from billing_service.bootstrap import build_services
from billing_service.consumers.users_events import keep_profile_facts
from billing_service.domain.documents import Document, LineInput, Numbering, amounts_of, checked_lines
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.printing.sheet import Printable, sheet_of
from billing_service.printing.typst_pdf import TypstPdfRenderer
from billing_service.service import SERVICE
from billing_service.service_layer import clients, drafts, gst_return, issuing, profile
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.settings import BillingSettings
from contracts import users as u
from servicekit.auth import Caller, Role
from servicekit.db import create_engine
from servicekit.events import Envelope
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import ensure_database, start_embedded_server, with_database

SUPPLIER = {
    "name": "Sri Sai Decorators",
    "gstin": "36AABCT1332L1ZF",
    "state_code": "36",
    "address": {"line1": "12-3-45, Ameerpet", "city": "Hyderabad", "pin_code": "500016"},
    "upi_id": "saidecor@okaxis",
    "bank_account": {"number": "123456789012", "ifsc": "SBIN0001234", "bank": "State Bank of India"},
    "terms": "50% advance; balance on the day of the event.",
}
RECIPIENT = {"name": "లక్ష్మీ నారాయణ", "state_code": "36", "phones": ["+919848022338"]}


def twenty_lines() -> list[LineInput]:
    return [
        LineInput(f"మండపం అలంకరణ / Mandapam decoration {i}", "2", 25_000_00 + i * 100, "18", "job", "998596")
        for i in range(20)
    ]


def invoice() -> Printable:
    lines = checked_lines(twenty_lines())
    document = Document(
        id=uuid.uuid4(),
        organizer_id=uuid.uuid4(),
        kind=DocumentKind.INVOICE,
        status=DocumentStatus.ISSUED,
        client_id=None,
        document_date=datetime.now(UTC).date(),
        lines=lines,
        amounts=amounts_of(lines, gst.TaxRegime.INTRA_STATE),
        version=2,
        numbering=Numbering(uuid.uuid4(), 2026, 1, "INV/2627/1", datetime.now(UTC)),
    )
    return Printable(document, SUPPLIER, RECIPIENT, "36", gst.TaxRegime.INTRA_STATE, "Tax Invoice")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def pdf_rows(renders: int) -> list[tuple[str, float, float, int]]:
    renderer, printable = TypstPdfRenderer(), invoice()
    rows = []
    for language in ("en", "te"):
        sheet = sheet_of(printable, language)
        for _ in range(3):
            renderer.render(sheet)
        times = []
        for _ in range(renders):
            started = time.perf_counter()
            pdf = renderer.render(sheet)
            times.append((time.perf_counter() - started) * 1000)
        rows.append((language, statistics.median(times), percentile(times, 0.95), len(pdf)))
    return rows


async def registered_organizer(deps: UseCaseDependencies) -> Caller:
    me = Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))
    organizer = uuid.UUID(str(me.user_id))
    facts = u.UserProfileChangedV1(
        user_id=organizer,
        occurred_at=datetime.now(UTC),
        changed=["business_name"],
        name="Ramesh",
        preferred_language="te",
        business_name="Sri Sai Decorators",
        gstin="36AABCT1332L1ZF",
        state_code="36",
        address=None,
        default_location=None,
    )
    envelope = Envelope(
        id=uuid.uuid4(),
        type=u.USER_PROFILE_CHANGED,
        version=1,
        occurred_at=facts.occurred_at,
        producer="users",
        key=str(organizer),
        trace_id=None,
        payload=facts.model_dump(mode="json"),
    )
    async with deps.unit_of_work() as uow:
        await keep_profile_facts(uow.session, envelope)
        await uow.commit()
    await profile.update_profile(deps, me, profile.UpdateProfile(organizer, gst.RegistrationType.REGULAR))
    return me


async def issue_rate(url: str, invoices: int, concurrency: int) -> tuple[float, bool]:
    settings = BillingSettings(database_url=url, publish_events=False)
    engine = create_engine(url, pool_size=concurrency + 2)
    deps = build_services(settings, engine, None).deps
    me = await registered_organizer(deps)
    organizer = uuid.UUID(str(me.user_id))
    client = await clients.save_client(
        deps, me, clients.SaveClient(organizer, "Lakshmi", phones=["9848022338"], state_code="36")
    )
    lines = twenty_lines()[:2]
    ids = [
        (
            await drafts.save_draft(
                deps, me, drafts.SaveDraft(organizer, DocumentKind.INVOICE, lines, client)
            )
        ).id
        for _ in range(invoices)
    ]
    queue: asyncio.Queue[uuid.UUID] = asyncio.Queue()
    for draft_id in ids:
        queue.put_nowait(draft_id)
    numbers: list[int] = []

    async def worker() -> None:
        while not queue.empty():
            issued = await issuing.issue_document(deps, me, queue.get_nowait())
            assert issued.numbering is not None
            numbers.append(issued.numbering.sequence)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    seconds = time.perf_counter() - started
    await engine.dispose()
    return invoices / seconds, sorted(numbers) == list(range(1, invoices + 1))


def year_of_invoices(
    organizer: uuid.UUID, series: uuid.UUID, count: int
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """``count`` issued invoices spread over FY 2026-27 with two 18% lines each (1,00,000 + 35,000)."""
    documents, lines = [], []
    first_day = date(2026, 4, 1)
    for n in range(1, count + 1):
        registered, big_inter = n % 3 == 0, n % 50 == 1
        state = "37" if registered or big_inter else "36"
        regime = gst.TaxRegime.INTER_STATE if state == "37" else gst.TaxRegime.INTRA_STATE
        tax = 24_300_00
        document_id = uuid.uuid4()
        gstin = "37AAPFU0939F1ZV" if registered else None
        recipient = {"name": f"Client {n % 400}", "gstin": gstin, "state_code": state}
        documents.append(
            {
                "id": document_id,
                "organizer_id": organizer,
                "kind": "invoice",
                "status": "issued",
                "document_date": first_day + timedelta(days=n % 365),
                "series_id": series,
                "financial_year": 2026,
                "sequence": n,
                "number": f"INV/2627/{n}",
                "issued_at": datetime.now(UTC),
                "recipient": recipient,
                "place_of_supply": state,
                "regime": regime.value,
                "title": "Tax Invoice",
                "taxable_paise": 1_35_000_00,
                "cgst_paise": tax // 2 if state == "36" else 0,
                "sgst_paise": tax // 2 if state == "36" else 0,
                "igst_paise": tax if state == "37" else 0,
                "total_paise": 1_35_000_00 + tax,
                "version": 2,
                "created_at": datetime.now(UTC),
                "updated_at": datetime.now(UTC),
            }
        )
        for position, (code, taxable) in enumerate((("998596", 1_00_000_00), ("997319", 35_000_00))):
            lines.append(
                {
                    "document_id": document_id,
                    "position": position,
                    "description": f"item {code}",
                    "tax_code": code,
                    "quantity": Decimal(1),
                    "unit": "job",
                    "rate_paise": taxable,
                    "discount_paise": 0,
                    "tax_rate": Decimal(18),
                    "taxable_paise": taxable,
                }
            )
    return documents, lines


async def gst_summary_times(url: str, invoices: int, runs: int) -> tuple[list[float], dict[str, int]]:
    engine = create_engine(url)
    deps = build_services(BillingSettings(database_url=url, publish_events=False), engine, None).deps
    me = await registered_organizer(deps)
    organizer = uuid.UUID(str(me.user_id))
    async with deps.unit_of_work() as uow:
        series = next(s.id for s in await uow.profiles.series(organizer) if s.kind == "invoice")
        documents, lines = year_of_invoices(organizer, series, invoices)
        for start in range(0, invoices, 2000):
            await uow.session.execute(sa.insert(t.documents), documents[start : start + 2000])
            await uow.session.execute(sa.insert(t.document_lines), lines[2 * start : 2 * start + 4000])
        await uow.session.execute(sa.text("ANALYZE documents; ANALYZE document_lines"))
        await uow.commit()
    times, rows = [], {}
    for _ in range(runs):
        started = time.perf_counter()
        found = await gst_return.gst_return(deps, me, organizer, "2026-27", None)
        times.append((time.perf_counter() - started) * 1000)
        rows = {section.value: len(found.sections[section]) for section in found.sections}
    await engine.dispose()
    return times, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--summary-invoices", type=int, default=10_000)
    parser.add_argument("--summary-runs", type=int, default=5)
    args = parser.parse_args()

    print("PDF render, 20-line tax invoice (target p95 < 250 ms)")
    print(f"{'language':<10}{'p50 ms':>10}{'p95 ms':>10}{'bytes':>10}")
    for language, p50, p95, size in pdf_rows(args.renders):
        print(f"{language:<10}{p50:>10.1f}{p95:>10.1f}{size:>10}")

    with tempfile.TemporaryDirectory(prefix="bench-billing-") as scratch:
        server = start_embedded_server(Path(scratch))
        url = with_database(server, f"bench_billing_{uuid.uuid4().hex[:8]}")
        ensure_database(url)
        upgrade_to_head(SERVICE.migrations_dir, url)
        rate, gapless = asyncio.run(issue_rate(url, args.invoices, args.clients))
        times, rows = asyncio.run(gst_summary_times(url, args.summary_invoices, args.summary_runs))
    print()
    print(f"Issuing on one series, {args.clients} concurrent clients (target >= 100/s, no gap or repeat)")
    print(f"{'invoices':<10}{'per second':>12}{'gapless, unique':>18}")
    print(f"{args.invoices:<10}{rate:>12.1f}{'yes' if gapless else 'NO':>18}")

    print()
    print(f"GSTR-1 summary of a financial year, {args.summary_invoices} invoices (target < 1 s)")
    print(f"{'runs':<10}{'p50 ms':>10}{'max ms':>10}   rows per section")
    shown = ", ".join(f"{name} {count}" for name, count in rows.items() if count)
    print(f"{args.summary_runs:<10}{statistics.median(times):>10.1f}{max(times):>10.1f}   {shown}")


if __name__ == "__main__":
    main()
