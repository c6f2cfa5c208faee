"""A document's PDF is rendered once per page content and served again (an issued one from object
storage, across restarts); renders are bounded."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from pathlib import Path
from typing import Any

from billing_service.bootstrap import BillingServices
from billing_service.domain.vocabulary import PaymentMode
from billing_service.service_layer import issuing, payments, pdf_files, pdf_renders
from billing_service.service_layer.dependencies import PdfRenderer
from servicekit.errors import ServiceBusy
from servicekit.storage.filesystem import FilesystemStorage

from ..integration.scenarios import draft_invoice, family_client, registered_decorator


class CountingRenderer:
    """The real renderer, counting its renders."""

    def __init__(self, real: PdfRenderer) -> None:
        self.real = real
        self.renders = 0

    def render(self, sheet: dict[str, Any], images: dict[str, bytes] | None = None) -> bytes:
        self.renders += 1
        return self.real.render(sheet, images)


class HeldRenderer:
    """A renderer that holds every render until released, so the queue can be filled."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def render(self, sheet: dict[str, Any], images: dict[str, bytes] | None = None) -> bytes:
        self.release.wait(timeout=60)
        return b"%PDF-held"


async def _issued(services: BillingServices):  # type: ignore[no-untyped-def]
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    return me, await issuing.issue_document(deps, me, await draft_invoice(deps, me, client))


async def test_the_same_pdf_opened_again_is_not_rendered_again_but_a_payment_renders_anew(
    services: BillingServices,
) -> None:
    assert services.deps.renderer is not None
    counting = CountingRenderer(services.deps.renderer)
    deps = dataclasses.replace(services.deps, renderer=counting)
    me, invoice = await _issued(services)
    # Renders are kept by what is on the page, for the process: an earlier test may have drawn this one.
    pdf_renders._RENDERED.clear()
    first = await pdf_files.render_pdf(deps, invoice.id, "en")
    again = await pdf_files.render_pdf(deps, invoice.id, "en")
    assert (again.content, counting.renders) == (first.content, 1)
    await pdf_files.render_pdf(deps, invoice.id, "te")
    assert counting.renders == 2
    # The balance and its UPI QR are on the page: a payment makes a new page.
    await payments.record_payment(
        deps, me, payments.RecordPayment(invoice.id, 1_000_00, PaymentMode.CASH, deps.today())
    )
    paid = await pdf_files.render_pdf(deps, invoice.id, "en")
    assert counting.renders == 3
    assert paid.content != first.content


def _stored(root: Path) -> list[Path]:
    return sorted(root.rglob("*.pdf"))


async def test_an_issued_pdf_is_kept_in_object_storage_and_served_from_it_after_a_restart(
    services: BillingServices, tmp_path: Path
) -> None:
    assert services.deps.renderer is not None
    counting = CountingRenderer(services.deps.renderer)
    store = FilesystemStorage(tmp_path)
    deps = dataclasses.replace(services.deps, renderer=counting, storage=store)
    me, invoice = await _issued(services)
    pdf_renders._RENDERED.clear()
    first = await pdf_files.render_pdf(deps, invoice.id, "en")
    (kept,) = _stored(tmp_path)
    assert kept.relative_to(tmp_path).parts[:4] == (
        "pdfs",
        str(me.user_id),
        str(invoice.id),
        f"v{invoice.version}",
    )
    assert kept.read_bytes() == first.content

    pdf_renders._RENDERED.clear()  # as a restart (or another instance) finds it
    again = await pdf_files.render_pdf(deps, invoice.id, "en")
    assert (again.content, counting.renders) == (first.content, 1)

    draft = await draft_invoice(deps, me, await family_client(deps, me))
    await pdf_files.render_pdf(deps, draft, "en")
    assert counting.renders == 2
    assert len(_stored(tmp_path)) == 1  # drafts change by the minute: never stored


async def test_renders_beyond_the_thread_and_its_queue_are_refused_too_busy() -> None:
    held = HeldRenderer()
    capacity = 1 + 4  # RENDER_THREADS: one rendering, four waiting
    # Distinct pages, so none is served from what an earlier render kept.
    renders = [
        asyncio.create_task(pdf_renders.render_sheet(held, {"page": n}, {})) for n in range(capacity + 1)
    ]
    try:
        done, _ = await asyncio.wait(renders, return_when=asyncio.FIRST_COMPLETED, timeout=60)
        assert [type(task.exception()) for task in done] == [ServiceBusy]
    finally:
        held.release.set()
        outcomes = await asyncio.gather(*renders, return_exceptions=True)
    assert sum(isinstance(outcome, ServiceBusy) for outcome in outcomes) == 1
    assert outcomes.count(b"%PDF-held") == capacity
