"""The buyer's orders, newest first, each with its state; cancelling before shipping, asking to
return after delivery, reviewing what was delivered."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.models import Order
from eventxperts_app.features.marketplace.names import BUYER_NEXT
from eventxperts_app.features.marketplace.order_card import OrderCard
from eventxperts_app.features.marketplace.paths import SHOP, SHOP_CART
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import actions_row, button
from eventxperts_app.ui.labels import Labels


class OrdersScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.orders: tuple[Order, ...] = ()
        self.errors = FormErrors(labels, {})
        self.list = ft.Column(spacing=8)
        self.empty = labels.text(N_("No orders yet"), visible=False)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Your orders")),
                    actions_row(
                        button(labels, N_("Back to shop"), going(ctx, SHOP)),
                        button(labels, N_("Your cart"), going(ctx, SHOP_CART)),
                    ),
                    self.errors.banner,
                    self.empty,
                    self.list,
                ],
                spacing=12,
            )
        ]

    async def load(self) -> None:
        async def fetch() -> None:
            self.orders = await self._ctx.auth.call(lambda t: gateway.my_orders(self._ctx.client, t))
            self._show()

        await run_action(self._ctx, self.errors, fetch)

    def _show(self) -> None:
        self.empty.visible = not self.orders
        self.list.controls = [
            OrderCard(
                self._ctx, self.labels, order, BUYER_NEXT, self._moved, asks_reason=False, reviews=True
            ).control
            for order in self.orders
        ]

    async def _moved(self, order: Order) -> None:
        self.orders = tuple(order if o.id == order.id else o for o in self.orders)
        self._show()
