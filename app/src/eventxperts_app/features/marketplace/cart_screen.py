"""The cart across stores: each line with its price and quantity (one more, one less, out), the
items' total, and the checkout: one order per store, delivery and GST added by the service, stock
taken at once (never more than there is: the service answers OUT_OF_STOCK)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.checkout_form import CheckoutFields
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.models import CartLine, CheckoutResult
from eventxperts_app.features.marketplace.names import product_title
from eventxperts_app.features.marketplace.paths import SHOP, SHOP_ORDERS
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler, screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card, heading, icon_button
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text


def line_text(tr: Translator, line: CartLine) -> str:
    """Shamiana tent · Red · 2 × ₹1,500 = ₹3,000"""
    each = (
        f"{line.quantity} × {paise_text(line.price_paise)} = {paise_text(line.quantity * line.price_paise)}"
    )
    return " · ".join((product_title(tr, line), line.label, each))


def placed_notice(tr: Translator, result: CheckoutResult) -> str:
    if result.provider_order_id is not None:
        return tr(N_("Your order waits for the payment. The stock is held for you for 15 minutes."))
    total = paise_text(result.total_paise or 0)
    if len(result.orders) == 1:
        return tr(N_("Order placed: {total}")).format(total=total)
    # One order per store: a cart from several stores makes several.
    return tr(N_("Order placed: {count} orders, {total} in all")).format(
        count=len(result.orders), total=total
    )


class CartScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.lines: tuple[CartLine, ...] = ()
        self.list = ft.Column(spacing=8)
        self.items_total = ft.Text(weight=ft.FontWeight.BOLD)
        self.line_errors = FormErrors(labels, {})
        self.fields = CheckoutFields(labels)
        self.errors = FormErrors(labels, self.fields.slots())
        self.place = button(labels, N_("Place order"), self._check_out, filled=True)
        self.checkout = card(
            [
                heading(labels, N_("Checkout")),
                labels.text(N_("Delivery and GST are added for each store's order.")),
                self.fields.control,
                self.errors.banner,
                actions_row(self.place),
            ]
        )
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Your cart")),
                    actions_row(
                        button(labels, N_("Back to shop"), going(ctx, SHOP)),
                        button(labels, N_("Your orders"), going(ctx, SHOP_ORDERS)),
                    ),
                    self.list,
                    self.line_errors.banner,
                    self.items_total,
                    self.checkout,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        await run_action(self._ctx, self.errors, self._fetch)

    async def _fetch(self) -> None:
        self.lines = await self._ctx.auth.call(lambda t: gateway.cart(self._ctx.client, t))
        self._render()

    def _render(self) -> None:
        tr = self.labels.tr
        self.list.controls = [self._line_card(tr, line) for line in self.lines] or [
            ft.Text(tr(N_("Your cart is empty")))
        ]
        total = sum(line.quantity * line.price_paise for line in self.lines)
        self.items_total.value = tr(N_("Items: {total} before GST and delivery")).format(
            total=paise_text(total)
        )
        self.items_total.visible = self.checkout.visible = bool(self.lines)

    def _line_card(self, tr: Translator, line: CartLine) -> ft.Control:
        texts: list[ft.Control] = [ft.Text(line_text(tr, line))]
        if not line.available:
            texts.append(ft.Text(tr(N_("Not available now: take it out to check out"))))
        labels = self.labels
        texts.append(
            ft.Row(
                [
                    icon_button(
                        labels, ft.Icons.REMOVE, N_("One less"), self._setter(line, line.quantity - 1)
                    ),
                    icon_button(labels, ft.Icons.ADD, N_("One more"), self._setter(line, line.quantity + 1)),
                    icon_button(labels, ft.Icons.DELETE, N_("Take out"), self._setter(line, 0)),
                ],
                wrap=True,
            )
        )
        return card(texts)

    def _setter(self, line: CartLine, quantity: int) -> ClickHandler:
        async def change() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.set_cart_quantity(self._ctx.client, line.variant_id, quantity, t)
            )
            self.line_errors.show(result.errors)
            await self._fetch()

        async def run() -> None:
            await run_action(self._ctx, self.errors, change)

        return run

    async def _check_out(self) -> None:
        problems = self.fields.missing()
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return
        checkout_input = self.fields.variables()

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.check_out(self._ctx.client, checkout_input, t)
            )
            self.errors.show(result.errors)
            if result.orders and not result.errors:
                self._ctx.confirm(placed_notice(self.labels.tr, result))
                await self._ctx.go(SHOP_ORDERS)

        await run_action(self._ctx, self.errors, send, busy=self.place)
