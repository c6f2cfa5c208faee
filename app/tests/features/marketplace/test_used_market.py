"""The used-item market, reviews and moderation built without a browser: answers checked against the
committed SDL map to typed results; the sell form refuses blanks and a price that is not rupees
before sending; each listing offers only what its state allows; the seller's phone shows in a
thread only once given; a delivered order's lines take a review; a super admin's decisions per store
state; all of it in Telugu too."""

from __future__ import annotations

from eventxperts_app.features.marketplace import operations
from eventxperts_app.features.marketplace.models import Category
from eventxperts_app.features.marketplace.moderation_screen import ModerationScreen
from eventxperts_app.features.marketplace.names import BUYER_NEXT, STORE_NEXT
from eventxperts_app.features.marketplace.order_card import OrderCard
from eventxperts_app.features.marketplace.parsing import parse_order, parse_reviews, parse_store
from eventxperts_app.features.marketplace.used import operations as used_operations
from eventxperts_app.features.marketplace.used.listing_form import ListingForm
from eventxperts_app.features.marketplace.used.listing_screen import UsedListingScreen
from eventxperts_app.features.marketplace.used.models import ListingCondition, ListingStatus
from eventxperts_app.features.marketplace.used.my_listing_row import ListingRow
from eventxperts_app.features.marketplace.used.parsing import (
    parse_listing,
    parse_listing_page,
    parse_thread_payload,
)
from eventxperts_app.features.marketplace.used.threads_screen import ThreadsScreen, contact_text
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

from ...control_texts import shown_texts
from ...languages import switch
from ...texts import EN, TE
from .payloads import listing_json, order_json, review_json, store_json, thread_json
from .sdl_answers import answered


def test_used_listings_threads_and_reviews_map_from_answers_the_sdl_allows() -> None:
    variables = {"input": {"text": "shamiyana"}, "first": 20, "after": None}
    page = answered(
        used_operations.USED_LISTINGS,
        {"usedListings": {"listings": [listing_json()], "nextCursor": "c2"}},
        variables,
    )
    found = parse_listing_page(page, "usedListings")
    [listing] = found.listings
    assert (found.next_cursor, listing.condition, listing.price_paise) == (
        "c2",
        ListingCondition.GOOD,
        800_050,
    )
    assert listing.photos[0].thumbnail_url == "https://x.test/i-1/t"
    replied = thread_json(sellerReplied=True, sellerPhone="+919848022338")
    data = answered(
        used_operations.MESSAGE_SELLER,
        {"messageUsedListingSeller": {"thread": replied, "errors": []}},
        {"listingId": "u-1", "body": "Still there?"},
    )
    assert parse_thread_payload(data, "messageUsedListingSeller").thread.seller_phone == "+919848022338"  # type: ignore[union-attr]
    reviews = answered(
        operations.PRODUCT_REVIEWS, {"shopProductReviews": [review_json()]}, {"productId": "p-1", "first": 20}
    )
    assert [(r.rating, r.text) for r in parse_reviews(reviews, "shopProductReviews")] == [(4, "Good cloth")]


def test_the_sell_form_marks_blank_boxes_and_a_price_that_is_not_rupees(ctx: AppContext) -> None:
    form = ListingForm(Labels(ctx.tr))
    form.labels.apply()
    form.price.value = "eight thousand"
    assert form.listing_input() is None
    assert form.title.error == EN.error("REQUIRED")
    assert form.category.error_text == EN.error("REQUIRED")
    assert form.price.error == EN.error("INVALID_PRICE")
    ctx.tr.switch(Language.TE)
    form.labels.apply()
    assert form.title.error == TE.error("REQUIRED")


def test_a_listing_to_change_fills_the_form_and_goes_back_as_the_service_takes_it(ctx: AppContext) -> None:
    form = ListingForm(Labels(ctx.tr))
    form.fill_categories((Category("tents", None, "Tents", "టెంట్లు"),))
    form.fill(parse_listing(listing_json(contactPhone="+919848022338")))
    assert form.price.value == "8000.50"
    assert form.listing_input() == {
        "title": "Used shamiana 20x40",
        "categoryId": "tents",
        "condition": "GOOD",
        "pricePaise": 800_050,
        "districtId": "hyderabad",
        "description": "Red and white, used at two weddings",
        "contactPhone": "+919848022338",
    }


def row_buttons(ctx: AppContext, status: ListingStatus) -> list[str]:
    async def nothing(_: object) -> None:
        """Not reached: nothing is pressed."""

    listing = parse_listing(listing_json(status=status.value, mine=True))
    row = ListingRow(ctx, Labels(ctx.tr), listing, nothing, nothing, nothing)
    row._labels.apply()
    return [text for b in row.buttons for text in shown_texts(b)]


def test_each_listing_offers_only_what_its_state_allows(ctx: AppContext) -> None:
    assert row_buttons(ctx, ListingStatus.PENDING) == ["Change", "Add a photo", "Withdraw"]
    assert row_buttons(ctx, ListingStatus.ACTIVE) == ["Change", "Add a photo", "Mark sold", "Withdraw"]
    assert row_buttons(ctx, ListingStatus.SOLD) == []
    assert row_buttons(ctx, ListingStatus.REJECTED) == []


def test_a_buyer_writes_from_a_listing_and_its_seller_sees_its_state_instead(ctx: AppContext) -> None:
    screen = UsedListingScreen(ctx)
    screen.listing = parse_listing(listing_json())
    screen.labels.apply()
    assert screen.buyer_part.visible
    assert not screen.manage.visible
    assert "₹8,000.50 · Good · Hyderabad" in shown_texts(*screen.controls)
    screen.listing = parse_listing(listing_json(mine=True, status="REJECTED", statusReason="Blurred photos"))
    switch(ctx, screen, Language.TE)
    assert not screen.buyer_part.visible
    assert screen.manage.visible
    texts = shown_texts(*screen.controls)
    assert "₹8,000.50 · బాగుంది · హైదరాబాద్" in texts
    assert "స్థితి: ఆమోదించలేదు (Blurred photos)" in texts


def test_the_sellers_phone_shows_in_a_thread_only_once_the_service_gives_it(ctx: AppContext) -> None:
    waiting = parse_thread_payload({"t": {"thread": thread_json(), "errors": []}}, "t").thread
    replied = parse_thread_payload(
        {"t": {"thread": thread_json(sellerReplied=True, sellerPhone="+919848022338"), "errors": []}}, "t"
    ).thread
    assert waiting is not None
    assert replied is not None
    assert contact_text(ctx.tr, waiting) == "The seller's phone number is shown once they reply."
    assert contact_text(ctx.tr, replied) == "Seller's phone: +919848022338"
    screen = ThreadsScreen(ctx)
    screen.threads, screen.thread = (replied,), replied
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert "అమ్మేవారి ఫోన్: +919848022338" in texts
    assert "కొనుగోలు: Used shamiana 20x40" in texts


def order_card(ctx: AppContext, status: str, *, store: bool) -> OrderCard:
    async def moved(_: object) -> None:
        """Not reached: nothing is pressed."""

    order = parse_order(order_json(status=status))
    labels = Labels(ctx.tr)
    card = OrderCard(
        ctx, labels, order, STORE_NEXT if store else BUYER_NEXT, moved, asks_reason=store, reviews=not store
    )
    labels.apply()
    return card


def test_the_buyer_reviews_the_lines_of_a_delivered_order_only(ctx: AppContext) -> None:
    delivered = shown_texts(order_card(ctx, "DELIVERED", store=False).control)
    assert {"Review Shamiana tent", "Your rating", "Post review"} <= set(delivered)
    assert "Post review" not in shown_texts(order_card(ctx, "SHIPPED", store=False).control)
    assert "Post review" not in shown_texts(order_card(ctx, "DELIVERED", store=True).control)


def test_a_super_admin_approves_or_suspends_a_pending_store_and_rejects_listings_with_a_reason(
    ctx: AppContext,
) -> None:
    screen = ModerationScreen(ctx)
    screen.stores = (
        parse_store(store_json(status="PENDING")),
        parse_store(
            store_json(
                id="s-2", nameEn="Sri Lights", nameTe=None, status="SUSPENDED", statusReason="Fake GSTIN"
            )
        ),
    )
    screen.listings = (parse_listing(listing_json(status="PENDING")),)
    screen.reviews = parse_reviews({"r": [review_json()]}, "r")
    screen.labels.apply()
    pending, suspended = (c for c in screen.store_list.controls)
    assert {"Approve store", "Suspend store", "Reason (shown to the person)"} <= set(shown_texts(pending))
    assert {"Approve store", "Reason: Fake GSTIN"} <= set(shown_texts(suspended))
    assert "Suspend store" not in shown_texts(suspended)
    assert {"Approve listing", "Reject listing"} <= set(shown_texts(*screen.listing_list.controls))
    assert {"Shamiana tent", "★★★★☆ · 2026-12-02 11:00 · Good cloth"} <= set(
        shown_texts(*screen.review_list.controls)
    )
    switch(ctx, screen, Language.TE)
    assert "ప్రకటనను తిరస్కరించండి" in shown_texts(*screen.listing_list.controls)
    assert "షామియానా టెంట్" in shown_texts(*screen.review_list.controls)
