"""A document's A4 PDF at a short-lived signed link: numbers, totals, words, Telugu labels, UPI QR."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import httpx
import pytest
from billing_service.bootstrap import BillingServices
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import PaymentMode
from billing_service.printing.sheet import sheet_of
from billing_service.service_layer import issuing, payments, pdf_files
from billing_service.service_layer.pdf_files import PDF_PURPOSE
from billing_service.service_layer.printing import printable_of
from servicekit.signed_links import sign_claims

from ..integration.pdf_reading import page_size_points, pdf_text, squeezed
from ..integration.scenarios import draft_invoice, family_client, organizer, registered_decorator


async def _issued(services: BillingServices):  # type: ignore[no-untyped-def]
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    invoice = await issuing.issue_document(deps, me, await draft_invoice(deps, me, client))
    return me, invoice


def _path(url: str) -> str:
    return urlsplit(url).path


async def test_an_issued_invoice_downloads_as_an_a4_pdf_in_telugu_with_its_number_and_totals(
    services: BillingServices, client: httpx.AsyncClient
) -> None:
    me, invoice = await _issued(services)
    link = await pdf_files.pdf_link(services.deps, me, invoice.id, "te")
    assert link.url.startswith("http://127.0.0.1:8080/files/billing/")

    answer = await client.get(_path(link.url))

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert page_size_points(answer.content) == (595, 842)  # A4
    text = pdf_text(answer.content)
    assert invoice.numbering is not None
    assert invoice.numbering.number in text
    # 1,85,000 taxable + 16,650 CGST + 16,650 SGST.
    for figure in ("1,85,000.00", "16,650.00", "2,18,300.00"):
        assert figure in text
    # Words whose glyphs extract back to their letters (a conjunct's second form often does not;
    # the page itself was checked by eye with pdftoppm).
    for words in ("పన్ను ఇన్‌వాయిస్", "సంఖ్య", "గ్రహీత", "తెలంగాణ", "రౌండ్ ఆఫ్"):
        assert squeezed(words) in text, words


async def test_the_english_pdf_has_the_amount_in_words_and_the_cgst_sgst_split(
    services: BillingServices, client: httpx.AsyncClient
) -> None:
    me, invoice = await _issued(services)
    link = await pdf_files.pdf_link(services.deps, me, invoice.id, "en")
    text = pdf_text((await client.get(_path(link.url))).content)
    for words in (
        "TaxInvoice",
        "CGST",
        "SGST",
        "RupeesTwoLakhEighteenThousandThreeHundredOnly",
        "SriSaiDecorators",
    ):
        assert words in text, words
    assert "IGST" not in text


async def test_the_upi_qr_asks_for_the_balance_due_with_the_invoice_number(services: BillingServices) -> None:
    deps = services.deps
    me, invoice = await _issued(services)
    await payments.record_payment(
        deps, me, payments.RecordPayment(invoice.id, 18_300_00, PaymentMode.CASH, deps.today())
    )
    async with deps.unit_of_work() as uow:
        printable = await printable_of(uow, invoice)
    payment = sheet_of(printable, "en")["payment"]
    assert invoice.numbering is not None
    number = invoice.numbering.number
    assert payment["upi_uri"] == (
        f"upi://pay?pa=saidecor@okaxis&pn=Sri%20Sai%20Decorators&am=200000.00&cu=INR&tn={number}"
    )
    assert payment["qr_svg"].startswith("<svg")


async def test_a_forged_or_expired_link_opens_nothing(
    services: BillingServices, client: httpx.AsyncClient
) -> None:
    deps = services.deps
    me, invoice = await _issued(services)
    good = _path((await pdf_files.pdf_link(deps, me, invoice.id, "en")).url)
    assert deps.files is not None
    past = int((deps.clock() - timedelta(seconds=1)).timestamp())
    expired = sign_claims(deps.files.secret_key, PDF_PURPOSE, {"d": invoice.id.hex, "l": "en", "exp": past})
    wrong_purpose = sign_claims(
        deps.files.secret_key, "csv-export", {"d": invoice.id.hex, "l": "en", "exp": past + 999}
    )
    for path in (
        good[:-8] + "AAAA.pdf",
        f"/files/billing/{expired}.pdf",
        f"/files/billing/{wrong_purpose}.pdf",
    ):
        answer = await client.get(path)
        assert answer.status_code == 404, path
        assert answer.json()["error"]["code"] == "FILE_NOT_FOUND"


async def test_another_organizers_document_and_an_unknown_language_are_refused(
    services: BillingServices,
) -> None:
    deps = services.deps
    _, invoice = await _issued(services)
    with pytest.raises(BillingError) as refused:
        await pdf_files.pdf_link(deps, organizer(), invoice.id, "en")
    assert refused.value.code == BillingErrorCode.NOT_FOUND
    me, mine = await _issued(services)
    with pytest.raises(BillingError) as refused:
        await pdf_files.pdf_link(deps, me, mine.id, "fr")
    assert (refused.value.code, refused.value.field) == (BillingErrorCode.INVALID_INPUT, "language")


async def test_a_draft_prints_marked_as_a_draft_without_a_number(
    services: BillingServices, client: httpx.AsyncClient
) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    draft = await draft_invoice(deps, me, await family_client(deps, me))
    pdf = await pdf_files.render_pdf(deps, draft, "en")
    assert "DRAFT:notataxdocument" in pdf_text(pdf.content)
    assert pdf.filename.startswith("invoice-")
