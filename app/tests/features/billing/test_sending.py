"""A document's PDF, WhatsApp and email, and the booking it was made from, through the app's own client
against a stand-in gateway that holds each request until the test answers it (answers first checked
against the committed SDLs): the language chosen is the one sent, the links appear only once answered,
refusals land beside their boxes in both languages, and the booking opens in the calendar."""

from __future__ import annotations

import asyncio

from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.billing_screen import BillingScreen
from eventxperts_app.features.billing.parsing import parse_document
from eventxperts_app.features.calendar import operations as calendar_operations
from eventxperts_app.features.calendar.calendar_screen import CalendarScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...conftest import Navigation
from ...control_texts import shown_texts
from ...held_gateway import HeldGateway, answer_next
from ...languages import switch
from ...texts import EN, TE
from ..calendar import sdl_answers as calendar_sdl
from ..calendar.payloads import booking_json
from .payloads import document_json
from .sdl_answers import answered

SIGNED_LINK = "http://127.0.0.1:8080/files/billing/abc.pdf"


async def test_the_pdf_is_asked_in_the_language_chosen_and_its_link_shown_once_answered(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = BillingScreen(held_ctx)
    screen.detail.show(parse_document(document_json()))
    send = screen.detail.send
    assert send.language.value == "en"  # the language on screen
    assert not send.open_pdf.visible
    send.language.value = "te"
    link = {"url": SIGNED_LINK, "expiresAt": "2026-12-10T06:40:00+00:00", "errors": []}
    variables = {"id": "d-1", "language": "te"}
    answer = answered(operations.BILLING_DOCUMENT_PDF, {"billingDocumentPdf": link}, variables)
    sent = await answer_next(held_gateway, send._download(), answer)
    assert sent == variables
    assert (send.open_pdf.visible, send.open_pdf.url) == (True, SIGNED_LINK)
    assert "The PDF link works until 2026-12-10 12:10" in shown_texts(send.control)  # in India
    switch(held_ctx, screen, Language.TE)
    assert "PDF లింక్ 2026-12-10 12:10 వరకు పనిచేస్తుంది" in shown_texts(send.control)


async def test_whatsapp_opens_the_services_link_with_the_pdf(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = BillingScreen(held_ctx)
    screen.detail.show(parse_document(document_json()))
    send = screen.detail.send
    chat = "https://wa.me/919876543210?text=Namaste"
    share = {"url": chat, "text": "Namaste", "errors": []}
    variables = {"id": "d-1", "language": "en"}
    answer = answered(operations.SHARE_ON_WHATSAPP, {"shareBillingDocumentOnWhatsapp": share}, variables)
    assert await answer_next(held_gateway, send._whatsapp(), answer) == variables
    assert (send.open_whatsapp.visible, send.open_whatsapp.url) == (True, chat)
    assert not send.open_pdf.visible


async def test_an_email_refused_lands_beside_the_address_and_one_sent_says_where(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    screen = BillingScreen(held_ctx)
    screen.detail.show(parse_document(document_json()))
    send = screen.detail.send
    send.email_to.value = "not-an-address"
    refusal = {"sentTo": None, "errors": [{"code": "INVALID_EMAIL", "field": "to", "message": "bad"}]}
    variables: dict[str, str | None] = {"id": "d-1", "language": "en", "to": "not-an-address"}
    answer = answered(operations.EMAIL_BILLING_DOCUMENT, {"emailBillingDocument": refusal}, variables)
    assert await answer_next(held_gateway, send._email(), answer) == variables
    assert send.email_to.error == EN.error("INVALID_EMAIL")
    switch(held_ctx, screen, Language.TE)
    assert send.email_to.error == TE.error("INVALID_EMAIL")
    switch(held_ctx, screen, Language.EN)

    send.email_to.value = ""  # the client's own address
    sent = {"sentTo": "lakshmi@example.in", "errors": []}
    variables = {"id": "d-1", "language": "en", "to": None}  # the client's own
    answer = answered(operations.EMAIL_BILLING_DOCUMENT, {"emailBillingDocument": sent}, variables)
    assert await answer_next(held_gateway, send._email(), answer) == variables
    assert send.email_to.error is None
    assert "Emailed to lakshmi@example.in" in shown_texts(send.control)


async def test_another_document_starts_with_nothing_prepared(held_ctx: AppContext) -> None:
    detail = BillingScreen(held_ctx).detail
    detail.show(parse_document(document_json()))
    detail.send.open_pdf.url, detail.send.open_pdf.visible = SIGNED_LINK, True
    detail.show(parse_document(document_json(status="ISSUED", balancePaise=0)))  # the same, paid
    assert detail.send.open_pdf.visible
    detail.show(parse_document(document_json(id="d-2")))
    assert not detail.send.open_pdf.visible


async def test_a_quotation_made_from_a_booking_names_it_and_opens_it_in_the_calendar(
    held_ctx: AppContext, held_gateway: HeldGateway, navigation: Navigation
) -> None:
    detail = BillingScreen(held_ctx).detail
    quotation = document_json(kind="QUOTATION", status="DRAFT", number=None, bookingId="b-1")
    detail.show(parse_document(quotation))
    booking = calendar_sdl.answered(
        calendar_operations.BOOKING, {"booking": booking_json(status="CONFIRMED")}, {"id": "b-1"}
    )
    assert await answer_next(held_gateway, detail.show_booking(), booking) == {"id": "b-1"}
    texts = shown_texts(detail.booking.control)
    assert {
        "From the booking",
        "Reddy wedding",
        "Confirmed · From 2026-12-10 18:00 to 2026-12-11 00:00",
    } <= set(texts)
    await detail.booking._open()
    assert navigation.routes == ["/calendar?booking=b-1"]


async def test_a_booking_the_calendar_cannot_answer_still_offers_the_link(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    detail = BillingScreen(held_ctx).detail
    detail.show(parse_document(document_json(kind="QUOTATION", status="DRAFT", number=None, bookingId="b-1")))
    showing = asyncio.ensure_future(detail.show_booking())
    (await held_gateway.requests.get()).fail(502)
    await showing
    assert detail.booking.control.visible
    assert "Made from a booking in your calendar" in shown_texts(detail.booking.control)


async def test_a_document_of_no_booking_shows_none_and_asks_nothing(ctx: AppContext) -> None:
    detail = BillingScreen(ctx).detail
    detail.show(parse_document(document_json(bookingId="b-1")))
    detail.booking.booking_id, detail.booking.control.visible = "b-1", True  # one shown before
    detail.show(parse_document(document_json(id="d-2")))
    await detail.show_booking()  # the gateway of `ctx` answers nothing: a request would fail
    assert not detail.booking.control.visible


async def test_the_calendar_opens_the_booking_a_link_names(
    held_ctx: AppContext, held_gateway: HeldGateway
) -> None:
    held_ctx.arguments.replace({"booking": "b-1"})
    screen = CalendarScreen(held_ctx)
    booking = calendar_sdl.answered(
        calendar_operations.BOOKING, {"booking": booking_json(status="CONFIRMED")}, {"id": "b-1"}
    )
    assert await answer_next(held_gateway, screen.load(), booking) == {"id": "b-1"}
    assert screen.body.controls == [screen.detail.control]
    assert "Reddy wedding" in shown_texts(screen.detail.control)
