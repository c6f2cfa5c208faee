"""The shop's screens built without a browser: a product's variants with price, MRP and stock in both
languages; the moves each side may make on an order; blank checkout boxes refused before sending."""

from __future__ import annotations

import dataclasses

from eventxperts_app.features.marketplace.cart_screen import CartScreen, placed_notice
from eventxperts_app.features.marketplace.models import CheckoutResult, Order
from eventxperts_app.features.marketplace.names import BUYER_NEXT, STORE_NEXT
from eventxperts_app.features.marketplace.order_card import OrderCard
from eventxperts_app.features.marketplace.parsing import (
    parse_cart_line,
    parse_order,
    parse_product,
    parse_store,
)
from eventxperts_app.features.marketplace.product_screen import ProductScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.labels import Labels

from ...conftest import Navigation
from ...control_texts import shown_texts
from ...languages import switch
from ...texts import EN, TE
from .payloads import order_json, product_json, store_json


def product_screen(ctx: AppContext) -> ProductScreen:
    screen = ProductScreen(ctx)
    screen.product = parse_product(product_json())
    screen.store = parse_store(store_json(isPlatform=True))
    screen.labels.apply()
    return screen


def test_a_product_shows_each_variant_with_price_mrp_and_stock_in_both_languages(ctx: AppContext) -> None:
    screen = product_screen(ctx)
    texts = shown_texts(*screen.controls)
    assert {"Shamiana tent", "Sold by the EventXperts store"} <= set(texts)
    assert "Red · ₹15,000 (MRP ₹18,000) · 3 in stock" in texts
    assert "White · ₹15,000 (MRP ₹18,000) · Out of stock" in texts
    switch(ctx, screen, Language.TE)
    texts = shown_texts(*screen.controls)
    assert "షామియానా టెంట్" in texts  # the seller's Telugu title
    assert "Red · ₹15,000 (MRP ధర ₹18,000) · 3 నిల్వ ఉన్నాయి" in texts


def order_card(ctx: AppContext, status: str, *, store: bool) -> OrderCard:
    order: Order = parse_order(order_json(status=status))

    async def moved(_: Order) -> None:
        """Not reached: nothing is pressed."""

    moves = STORE_NEXT if store else BUYER_NEXT
    return OrderCard(ctx, Labels(ctx.tr), order, moves, moved, asks_reason=store)


def test_a_packed_order_can_be_shipped_or_cancelled_with_a_reason_by_its_store(ctx: AppContext) -> None:
    card = order_card(ctx, "PACKED", store=True)
    texts = shown_texts(card.control)
    assert {"Mark shipped", "Cancel order", "Reason for cancelling", "Status: Packed"} <= set(texts)
    assert "Accept order" not in texts


def test_a_buyer_cancels_before_shipping_and_asks_to_return_after_delivery(ctx: AppContext) -> None:
    assert "Cancel order" in shown_texts(order_card(ctx, "ACCEPTED", store=False).control)
    shipped = shown_texts(order_card(ctx, "SHIPPED", store=False).control)
    assert not {"Cancel order", "Ask to return", "Mark delivered"} & set(shipped)
    delivered = shown_texts(order_card(ctx, "DELIVERED", store=False).control)
    assert "Ask to return" in delivered
    assert "Reason for cancelling" not in delivered


def test_an_orders_money_and_state_are_worded_in_telugu(ctx: AppContext) -> None:
    ctx.tr.switch(Language.TE)
    texts = shown_texts(order_card(ctx, "SHIPPED", store=False).control)
    assert "స్థితి: పంపించారు" in texts
    assert "వస్తువులు ₹15,000 + డెలివరీ ₹0 + GST ₹1,800" in texts


async def test_blank_delivery_boxes_are_marked_and_nothing_is_sent(
    ctx: AppContext, navigation: Navigation
) -> None:
    screen = CartScreen(ctx)
    screen.lines = (parse_cart_line(cart_line_json()),)
    screen.fields.name.value = "Padma Rao"
    await screen._check_out()
    assert screen.fields.name.error is None
    assert screen.fields.pin_code.error == EN.error("REQUIRED")
    # The gateway (nothing listens there) was never asked: its failure would be in the banner.
    assert not screen.errors.banner.value
    assert navigation.routes == []
    switch(ctx, screen, Language.TE)
    assert screen.fields.pin_code.error == TE.error("REQUIRED")


def cart_line_json() -> dict[str, object]:
    return {
        "variantId": "v-1",
        "productId": "p-1",
        "storeId": "s-1",
        "sku": "SHAM-R",
        "titleEn": "Shamiana tent",
        "titleTe": None,
        "label": "Red",
        "quantity": 2,
        "pricePaise": 1_500_000,
        "available": True,
    }


def test_one_order_placed_is_not_called_orders(ctx: AppContext) -> None:
    one = parse_order(order_json())
    placed = CheckoutResult(orders=(one,), total_paise=1_505_000, provider_order_id=None)
    assert placed_notice(ctx.tr, placed) == "Order placed: ₹15,050"
    two = dataclasses.replace(placed, orders=(one, one))
    assert placed_notice(ctx.tr, two) == "Order placed: 2 orders, ₹15,050 in all"
