"""The explore section's screens built without a browser, fed answers checked against the committed
discovery SDL: organizers found (in English and Telugu), the enquiry form's checks and the service's
errors beside their fields, each party's view of an enquiry, reviews shown as typed, public events with
their panchangam, and overlapping searches answered out of order."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import flet as ft
import pytest
from eventxperts_app.api.models import ApiError, AuthResult, TokenPair
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.explore import operations
from eventxperts_app.features.explore.enquiry_card import EnquiryCard, Party
from eventxperts_app.features.explore.enquiry_variables import EnquiryForm, enquiry_variables
from eventxperts_app.features.explore.events_screen import EventsScreen
from eventxperts_app.features.explore.explore_screen import ExploreScreen
from eventxperts_app.features.explore.parsing import (
    parse_enquiry,
    parse_listing,
    parse_listing_page,
    parse_public_events,
)
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

from ...conftest import Navigation, app_context
from ...control_texts import press, shown_texts, walk, with_text
from ...held_gateway import HeldGateway
from ...languages import switch
from ...payloads import user_json
from ...texts import EN
from .payloads import ENQUIRY, LISTING, PUBLIC_EVENT
from .sdl_answers import answered

SEARCH_VARIABLES = {"sort": "RELEVANCE", "first": 20, "offset": 0}


def signed_in(ctx: AppContext) -> None:
    user = parse_user(user_json(roles=["USER"]))
    ctx.auth.start(AuthResult(user=user, tokens=TokenPair("a", "r", 900, "Bearer")))


def search_answer(*listings: dict[str, Any]) -> dict[str, Any]:
    page = {"items": list(listings), "totalCount": len(listings), "hasMore": False}
    return answered(operations.SEARCH_ORGANIZERS, {"searchOrganizers": page}, SEARCH_VARIABLES)


def test_organizers_found_show_their_name_rating_prices_and_districts_in_the_language_shown(
    ctx: AppContext,
) -> None:
    screen = ExploreScreen(ctx)
    screen.search.page = parse_listing_page(search_answer(LISTING))
    screen.search._render()
    texts = shown_texts(*screen.controls)
    assert {"1 organizers found", "Lakshmi Decorators", "4.5 of 5 from 2 reviews", "Guntur"} <= set(texts)
    assert "Decoration: ₹25,000 – ₹90,000" in texts
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert {"లక్ష్మి డెకరేటర్స్", "అలంకరణ: ₹25,000 – ₹90,000", "గుంటూరు"} <= set(texts)


def test_no_organizer_found_says_what_to_try(ctx: AppContext) -> None:
    screen = ExploreScreen(ctx)
    screen.search.page = parse_listing_page(search_answer())
    screen.search._render()
    assert "No organizer matches. Try another date or fewer filters." in shown_texts(*screen.controls)


async def test_a_free_on_date_that_is_no_date_is_named_beside_its_box_and_nothing_is_sent(
    ctx: AppContext,
) -> None:
    # The context's gateway listens nowhere: a search that went out would show GATEWAY_UNAVAILABLE.
    pane = ExploreScreen(ctx).search
    pane.free_on.value = "14/02/2027"
    await pane.search()
    assert pane.free_on.error == EN.error("INVALID_DATE")
    assert not pane.errors.banner.visible
    assert pane.page is None


def test_an_organizers_page_shows_reviews_and_markup_as_typed_text(ctx: AppContext) -> None:
    screen = ExploreScreen(ctx)
    listing = {**LISTING, "reviews": [{**LISTING["reviews"][0], "reply": "Thank you <script>x</script>"}]}
    data = answered(operations.ORGANIZER_LISTING, {"organizerListing": listing}, {"organizerId": "org-1"})
    screen.organizer.listing = parse_listing(data["organizerListing"])
    screen.organizer._render()
    texts = shown_texts(screen.organizer.control)
    assert "★★★★★ 5 of 5" in texts
    assert "<b>Beautiful</b> mandapam" in texts
    assert "The organizer replied: Thank you <script>x</script>" in texts
    assert "Phone: +919876543210" in texts
    switch(ctx, screen, Language.TE)
    assert "సేవలందించే జిల్లాలు: గుంటూరు" in shown_texts(screen.organizer.control)


async def test_the_enquiry_form_starts_from_the_search_and_names_each_empty_box(ctx: AppContext) -> None:
    signed_in(ctx)
    screen = ExploreScreen(ctx)
    screen.search.free_on.value = "2027-02-14"
    screen.search.district.value = "guntur"
    await screen.enquire(parse_listing(LISTING))
    form = screen.form
    assert (form.dates.value, form.district.value) == ("2027-02-14", "guntur")
    assert form.contact_name.value == user_json()["name"]
    assert "Enquiry to Lakshmi Decorators" in shown_texts(form.control)
    form.contact_name.value = " "
    await form.send()
    assert form.pin_code.error == EN.error("REQUIRED")
    assert form.message.error == EN.error("REQUIRED")
    assert form.contact_name.error == EN.error("REQUIRED")
    assert form.dates.error is None


def test_the_services_refusals_land_beside_their_boxes_or_above_the_form(ctx: AppContext) -> None:
    form = ExploreScreen(ctx).form
    form.errors.show(
        [
            ApiError("INVALID_PIN_CODE", "not in the district", "input.pinCode"),
            ApiError("DATE_IN_PAST", "past", "preferredDates[0]"),
            ApiError("TEXT_TOO_LONG", "long", "message"),
            ApiError("DAILY_LIMIT_REACHED", "enough today", None),
        ]
    )
    assert form.pin_code.error == EN.error("INVALID_PIN_CODE")
    assert form.dates.error == EN.error("DATE_IN_PAST")
    assert form.message.error == EN.error("TEXT_TOO_LONG")
    assert form.errors.banner.value == EN.error("DAILY_LIMIT_REACHED")


def form_of(**changes: str) -> EnquiryForm:
    given = {
        "kind": "wedding",
        "dates": "2027-02-14, 2027-02-20",
        "district": "guntur",
        "pin_code": " 522002 ",
        "guests": "400",
        "budget_from": "50,000",
        "budget_to": "",
        "message": "Mandapam decoration",
        "contact_name": "Ravi",
        "contact_phone": "98480 22338",
    } | changes
    return EnquiryForm(organizer_ids=("org-1",), **given)


def test_an_enquiry_goes_out_with_its_dates_guests_and_budget_in_paise() -> None:
    built = enquiry_variables(form_of())
    assert built.errors == []
    assert built.variables == {
        "organizerIds": ["org-1"],
        "kind": "wedding",
        "preferredDates": ["2027-02-14", "2027-02-20"],
        "district": "guntur",
        "pinCode": "522002",
        "message": "Mandapam decoration",
        "contactName": "Ravi",
        "contactPhone": "98480 22338",
        "guestCount": 400,
        "budgetMinPaise": 5_000_000,
        "budgetMaxPaise": None,
        "requestKey": None,
    }
    answered(
        operations.SEND_ENQUIRY, {"sendEnquiry": {"enquiries": [], "errors": []}}, {"input": built.variables}
    )


def listing_named(number: int) -> dict[str, Any]:
    return {
        **LISTING,
        "organizerId": f"org-{number}",
        "displayName": f"Tents {number}",
        "displayNameTe": None,
    }


async def test_up_to_five_organizers_picked_from_the_results_get_one_enquiry_form(ctx: AppContext) -> None:
    signed_in(ctx)
    screen = ExploreScreen(ctx)
    search = screen.search
    search.page = parse_listing_page(search_answer(*(listing_named(n) for n in range(1, 7))))
    search._render()
    for listing in search.page.items:
        search.toggle_pick(listing, True)
    assert len(search.picked) == 5
    assert "Tents 6" not in [listing.display_name for listing in search.picked.listings]
    texts = shown_texts(*screen.controls)
    assert {
        "5 of 5 organizers picked for one enquiry",
        "You can pick up to five organizers for one enquiry",
    } <= set(texts)
    switch(ctx, screen, Language.TE)
    assert "ఒకే విచారణకు 5 లో 5 నిర్వాహకులు ఎంచుకున్నారు" in shown_texts(*screen.controls)
    switch(ctx, screen, Language.EN)
    await press(screen.controls[0], "Enquire the picked organizers")
    form = screen.form
    assert form.form().organizer_ids == ("org-1", "org-2", "org-3", "org-4", "org-5")
    # The service refuses the second (say it blocked this user): the refusal shows under its name.
    form.errors.show([ApiError("BLOCKED", "blocked", "input.organizerIds.1")])
    assert form.organizer_errors[1].value == EN.error("BLOCKED")
    assert not form.errors.banner.visible
    await press(form.organizers.controls[1], "Remove")
    assert form.form().organizer_ids == ("org-1", "org-3", "org-4", "org-5")
    await press(form.control, "Back")
    assert screen.body.controls == [search.control]


async def test_one_form_sends_one_request_key_however_often_send_is_pressed(ctx: AppContext) -> None:
    signed_in(ctx)
    screen = ExploreScreen(ctx)
    await screen.enquire(parse_listing(LISTING))
    first = enquiry_variables(screen.form.form()).variables["requestKey"]
    assert first
    assert enquiry_variables(screen.form.form()).variables["requestKey"] == first
    await screen.enquire(parse_listing(LISTING))
    assert enquiry_variables(screen.form.form()).variables["requestKey"] not in (None, first)


def test_unreadable_dates_guests_and_rupees_are_typed_errors_on_their_boxes() -> None:
    built = enquiry_variables(form_of(dates="14 Feb", guests="many", budget_to="lots"))
    assert [(e.code, e.field) for e in built.errors] == [
        ("INVALID_DATE", "preferredDates"),
        ("INVALID_QUANTITY", "guestCount"),
        ("INVALID_AMOUNT", "budgetMaxPaise"),
    ]


def enquiry(**changes: Any) -> object:
    """ENQUIRY with `changes`, as the gateway answers it (checked against the SDL)."""
    data = {**ENQUIRY, **changes}
    return answered(
        operations.MY_ENQUIRIES,
        {"myEnquiries": {"items": [data], "totalCount": 1, "hasMore": False}},
        {"first": 1, "offset": 0},
    )["myEnquiries"]["items"][0]


async def nothing_changed() -> None:
    """Not called in these tests."""


def test_the_family_sees_the_status_and_the_organizers_answer_and_may_withdraw(ctx: AppContext) -> None:
    card = EnquiryCard(ctx, Labels(ctx.tr), parse_enquiry(enquiry()), Party.FAMILY, nothing_changed)
    texts = shown_texts(card.control)
    assert "Wedding · 2027-02-14, 2027-02-20" in texts
    assert "Status: Tentative hold" in texts
    assert "Organizer (2026-12-01 14:30): We are free" in texts
    assert "From Ravi, +919848022338" not in texts
    assert {"Withdraw enquiry", "Send message"} <= set(texts)
    assert "Open in calendar" not in texts
    assert "Post review" not in texts


async def test_the_organizer_sees_who_asked_and_opens_the_lead_in_the_calendar(
    ctx: AppContext, navigation: Navigation
) -> None:
    card = EnquiryCard(ctx, Labels(ctx.tr), parse_enquiry(enquiry()), Party.ORGANIZER, nothing_changed)
    texts = shown_texts(card.control)
    assert "From Ravi, +919848022338" in texts
    assert "You (2026-12-01 14:30): We are free" in texts
    assert "Withdraw enquiry" not in texts
    await press(card.control, "Open in calendar")
    assert navigation.routes == ["/calendar?booking=b-9"]


def test_a_completed_booking_offers_a_review_and_a_closed_enquiry_no_message_box(ctx: AppContext) -> None:
    card = EnquiryCard(
        ctx, Labels(ctx.tr), parse_enquiry(enquiry(status="COMPLETED")), Party.FAMILY, nothing_changed
    )
    texts = shown_texts(card.control)
    assert {"Status: Completed", "Post review", "How was the event? Review the organizer"} <= set(texts)
    assert "Send message" not in texts
    assert "Withdraw enquiry" not in texts


async def test_an_empty_message_is_not_sent(ctx: AppContext) -> None:
    card = EnquiryCard(ctx, Labels(ctx.tr), parse_enquiry(enquiry()), Party.FAMILY, nothing_changed)
    await press(card.control, "Send message")
    assert card.reply.error == EN.error("REQUIRED")


def test_public_events_mark_festival_days_and_show_the_panchangam_in_telugu(ctx: AppContext) -> None:
    screen = EventsScreen(ctx, today=date(2027, 1, 1))
    variables = {"start": "2027-01-01", "end": "2027-03-02", "first": 20, "offset": 0}
    screen.events = parse_public_events(
        answered(operations.PUBLIC_EVENTS, {"publicEvents": [PUBLIC_EVENT]}, variables)
    )
    screen._render()
    texts = shown_texts(*screen.controls)
    assert {
        "Sankranti mela",
        "Mela · 2027-01-14 10:00 – 2027-01-14 18:00",
        "Festival day: Makara Sankranti",
    } <= set(texts)
    screen.event = screen.events[0]
    screen._render()
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert "Guntur పంచాంగం: గురువారం, సప్తమి, రేవతి" in texts
    assert {"ప్రవేశం ఉచితం", "12 మందికి ఆసక్తి", "పండుగ రోజు: మకర సంక్రాంతి"} <= set(texts)


def test_an_event_goes_to_a_phones_calendar_by_file_or_subscription_and_shares_by_link(
    ctx: AppContext,
) -> None:
    screen = EventsScreen(ctx, today=date(2027, 1, 1))
    variables = {"start": "2027-01-01", "end": "2027-03-02", "first": 20, "offset": 0}
    [screen.event] = parse_public_events(
        answered(operations.PUBLIC_EVENTS, {"publicEvents": [PUBLIC_EVENT]}, variables)
    )
    screen._render()
    root = screen.controls[0]
    assert getattr(with_text(root, "Add to my calendar"), "url", None) == PUBLIC_EVENT["icsUrl"]
    assert getattr(with_text(root, "Subscribe in my calendar"), "url", None) == PUBLIC_EVENT["subscribeUrl"]
    assert PUBLIC_EVENT["shareUrl"] == screen.event.share_url
    switch(ctx, screen, Language.TE)
    assert {"నా క్యాలెండర్‌లో చేర్చండి", "లింక్ కాపీ చేయండి"} <= set(shown_texts(*screen.controls))


@pytest.fixture
async def held_gateway() -> AsyncIterator[HeldGateway]:
    gateway = HeldGateway()
    await gateway.start()
    yield gateway
    await gateway.stop()


async def test_overlapping_searches_answered_out_of_order_show_the_newest(
    held_gateway: HeldGateway, navigation: Navigation
) -> None:
    ctx = app_context(held_gateway.url, navigation)
    pane = ExploreScreen(ctx).search
    pane.text.value = "tent"
    older_done = asyncio.ensure_future(pane.search())
    older = await held_gateway.requests.get()
    pane.text.value = "decoration"
    newer_done = asyncio.ensure_future(pane.search())
    newer = await held_gateway.requests.get()
    assert (older.variables["text"], newer.variables["text"]) == ("tent", "decoration")
    newer.answer(search_answer(LISTING))
    await newer_done
    older.answer(search_answer({**LISTING, "organizerId": "org-2", "displayName": "Tent House"}))
    await older_done
    texts = shown_texts(pane.control)
    assert "Lakshmi Decorators" in texts
    assert "Tent House" not in texts
    await ctx.client.aclose()


@pytest.mark.parametrize(
    ("party", "mutation", "argument", "block", "unblock", "said"),
    [
        (
            Party.ORGANIZER,
            "blockEnquirer",
            {"userId": "user-7"},
            "Block this person",
            "Unblock this person",
            "You blocked this person: no enquiries or messages from them reach you.",
        ),
        (
            Party.FAMILY,
            "blockOrganizer",
            {"organizerId": "org-1"},
            "Block this organizer",
            "Unblock this organizer",
            "You blocked this organizer: their messages do not reach you.",
        ),
    ],
)
async def test_either_party_blocks_the_other_from_the_enquiry_and_can_unblock(
    held_gateway: HeldGateway,
    navigation: Navigation,
    party: Party,
    mutation: str,
    argument: dict[str, str],
    block: str,
    unblock: str,
    said: str,
) -> None:
    ctx = app_context(held_gateway.url, navigation)
    signed_in(ctx)
    labels = Labels(ctx.tr)
    card = EnquiryCard(ctx, labels, parse_enquiry(enquiry()), party, nothing_changed)
    pressed = asyncio.ensure_future(press(card.control, block))
    request = await held_gateway.requests.get()
    assert request.variables == argument
    request.answer({mutation: {"done": True, "errors": []}})
    await pressed
    texts = shown_texts(card.control)
    assert {unblock, said} <= set(texts)
    ctx.tr.switch(Language.TE)
    labels.apply()
    assert "అన్‌బ్లాక్ చేయండి" in " ".join(shown_texts(card.control))
    await ctx.client.aclose()


def test_an_enquiry_to_an_organizer_you_blocked_says_where_to_unblock(ctx: AppContext) -> None:
    form = ExploreScreen(ctx).form
    form.errors.show([ApiError("ORGANIZER_BLOCKED", "blocked", "organizerIds")])
    assert form.organizers_error.value == EN.error("ORGANIZER_BLOCKED")


def album_answer(title_en: str, title_te: str, photo_ids: tuple[str, ...]) -> dict[str, Any]:
    photos = [
        {
            "id": pid,
            "fileName": f"{pid}.jpg",
            "thumbnailUrl": f"http://127.0.0.1:8080/gallery/files/{pid}-thumb",
            "webUrl": f"http://127.0.0.1:8080/gallery/files/{pid}-web",
            "downloadUrl": f"http://127.0.0.1:8080/gallery/files/{pid}-web",
        }
        for pid in photo_ids
    ]
    return {
        "id": f"album-{title_en}",
        "titleEn": title_en,
        "titleTe": title_te,
        "eventDate": None,
        "venue": None,
        "visibility": "PUBLIC",
        "shareCode": None,
        "shareExpiresAt": None,
        "faceSearchEnabled": False,
        "keepGps": False,
        "position": 0,
        "photoCount": len(photos),
        "photos": photos,
    }


async def open_organizer_answering(
    held_gateway: HeldGateway, screen: ExploreScreen, albums: list[dict[str, Any]] | None
) -> None:
    """Opens org-1's page; answers the listing and the gallery's albums (None: the gallery fails)."""
    opened = asyncio.ensure_future(screen.open_organizer("org-1"))
    for _ in range(2):
        request = await held_gateway.requests.get()
        if "photos" not in request.variables:
            request.answer({"organizerListing": LISTING})
        elif albums is None:
            request.fail(502)
        else:
            assert request.variables == {"organizerId": "org-1", "limit": 3, "photos": 8}
            request.answer({"publicAlbums": albums})
    await opened


async def test_an_organizers_page_shows_photos_of_their_public_albums_from_the_gallery(
    held_gateway: HeldGateway, navigation: Navigation
) -> None:
    ctx = app_context(held_gateway.url, navigation)
    screen = ExploreScreen(ctx)
    empty = album_answer("Empty", "ఖాళీ", ())
    await open_organizer_answering(
        held_gateway, screen, [album_answer("Reddy wedding", "రెడ్డి వారి పెళ్లి", ("p1", "p2")), empty]
    )
    pane = screen.organizer
    images = [c for c in walk(pane.photos) if isinstance(c, ft.Image)]
    assert [image.src for image in images] == [
        "http://127.0.0.1:8080/gallery/files/p1-thumb",
        "http://127.0.0.1:8080/gallery/files/p2-thumb",
    ]
    texts = shown_texts(pane.control)
    assert {"Photos", "Reddy wedding", "Lakshmi Decorators"} <= set(texts)
    assert "Empty" not in texts  # an album without photos shows nothing
    switch(ctx, screen, Language.TE)
    assert "రెడ్డి వారి పెళ్లి" in shown_texts(pane.control)
    await ctx.client.aclose()


async def test_a_gallery_that_does_not_answer_leaves_the_page_without_photos(
    held_gateway: HeldGateway, navigation: Navigation
) -> None:
    ctx = app_context(held_gateway.url, navigation)
    screen = ExploreScreen(ctx)
    await open_organizer_answering(held_gateway, screen, None)
    pane = screen.organizer
    assert "Lakshmi Decorators" in shown_texts(pane.control)
    assert pane.enquire.visible
    assert not pane.photos_heading.visible
    assert not pane.errors.banner.visible
    await ctx.client.aclose()
