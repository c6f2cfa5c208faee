"""An organizer bills a confirmed booking in the browser (issue 11): the booking (made and confirmed
through the gateway) got a draft quotation; the organizer finds it in Billing, sees the booking it came
from, marks it accepted, makes and issues the invoice (its number shown), records an advance and then
the balance (paid in full), downloads the PDF in English and in Telugu, opens the booking from the
invoice, and reads the year's reports (the money collected, nobody owing). The PDFs are kept as
artifacts (`artifacts/billing-invoice-<language>.pdf`, with a PNG of the first page by pdftoppm), and
screenshots in English and Telugu (`artifacts/app-billing-*.png`)."""

from __future__ import annotations

import re
import secrets
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..conftest import RunningPlatform
from .app_steps import sign_in
from .billing_setup import (
    confirmed_booking,
    draft_quotation_of,
    registered_organizer,
    with_business_facts,
)
from .flutter_ui import FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PDF_PATH = "/files/billing/"


def download_pdf(ui: FlutterUi, language: str, artifacts_dir: Path) -> Path:
    """Asks for the PDF in `language`, opens the signed link as a person would (a new tab), and keeps
    the file the link serves, with a PNG of its first page."""
    ui.choose(language)
    ui.click("Download PDF")
    # The link opens in a new tab (Chromium may view or download it): the request it makes is caught
    # wherever it goes, and the file fetched again from the same signed link.
    with ui.page.context.expect_event("request", lambda r: PDF_PATH in r.url) as opened:
        ui.click("Open the PDF")
    answer = ui.page.context.request.get(opened.value.url)
    assert answer.ok, answer.status
    assert answer.headers["content-type"].startswith("application/pdf")
    body = answer.body()
    assert body.startswith(b"%PDF-")
    name = "te" if language == "In Telugu" else "en"
    pdf = artifacts_dir / f"billing-invoice-{name}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(body)
    first_page_png(pdf)
    return pdf


def first_page_png(pdf: Path) -> None:
    """`<pdf>.png` by pdftoppm (poppler-utils) when it is installed; a note beside the PDF when not."""
    if shutil.which("pdftoppm") is None:
        pdf.with_suffix(".png.txt").write_text("pdftoppm (poppler-utils) is not installed: no PNG made\n")
        return
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(pdf.with_suffix("")),
        ],
        check=True,
        timeout=120,
    )
    assert pdf.with_suffix(".png").stat().st_size > 0


def test_an_organizer_bills_a_confirmed_booking_from_quotation_to_paid_invoice_and_its_pdf(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    tag = secrets.token_hex(3)
    email = f"billing-{tag}@example.in"
    organizer = registered_organizer(platform_stack, f"Durga Prasad {tag}", email)
    with_business_facts(organizer, "Sri Durga Tent House")
    booking_id = confirmed_booking(organizer, "Reddy wedding", "Lakshmi Reddy", 10_000_000)
    draft_quotation_of(organizer, booking_id)

    ui.open(platform_stack.app_url)
    sign_in(ui, email)
    ui.click("Billing")
    quotation = ui.page.get_by_role("button", name=re.compile("Made from a booking in your calendar"))
    expect(quotation).to_have_count(1)
    quotation.click()
    ui.expect_text("From the booking")
    ui.expect_text("Reddy wedding")
    ui.expect_text("Mandapam decoration · 998596")
    ui.screenshot(artifacts_dir / "app-billing-quotation-from-booking.png")

    ui.click("Client accepted")
    ui.expect_text("Marked as accepted")
    ui.click("Make the invoice")
    ui.expect_text("Draft invoice made from the quotation")
    ui.click("Issue invoice")
    ui.expect_text("Invoice issued")
    number = ui.page.get_by_text(re.compile(r"^Invoice [A-Z0-9-]+/\S+$"))
    expect(number).to_be_visible()
    ui.expect_text("Balance due: ₹1,18,000")

    # The advance by UPI, then the balance.
    ui.click("Record a payment")
    ui.type_into("Amount received (₹)", "50000")
    ui.type_into("Reference (UTR, cheque no.)", "UTR 4021 8893")
    ui.click("Record payment")
    ui.expect_text("Balance due: ₹68,000")
    ui.click("Record a payment")
    # The balance is offered already (Flutter shows a box's value only once focused).
    ui.type_into("Amount received (₹)", "68000")
    ui.type_into("Reference (UTR, cheque no.)", "UTR 4021 9120")
    ui.click("Record payment")
    ui.expect_text("Paid in full")
    expect(ui.button("Record a payment")).to_have_count(0)
    ui.screenshot(artifacts_dir / "app-billing-invoice-paid.png")

    download_pdf(ui, "In English", artifacts_dir)
    download_pdf(ui, "In Telugu", artifacts_dir)
    ui.expect_text("Open the PDF")

    ui.click("తెలుగు")
    ui.expect_text(te("Paid in full"))
    ui.screenshot(artifacts_dir / "app-billing-invoice-paid-telugu.png")
    ui.click("English")

    ui.click("Open the booking")
    ui.expect_text("Back to calendar")
    ui.expect_text("Reddy wedding")
    assert f"booking={booking_id}" in ui.page.url

    ui.click("Billing")
    ui.click("Reports")
    ui.expect_text("Sales by month")
    ui.expect_text("Collected: ₹1,18,000")
    ui.expect_text("Nobody owes you anything.")
    ui.screenshot(artifacts_dir / "app-billing-reports.png")
