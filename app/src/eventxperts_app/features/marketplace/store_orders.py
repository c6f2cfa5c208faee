"""The orders the store on screen received, newest first, with the moves each state allows the
store: accept, pack, ship, deliver; cancel with a reason; take a return back and refund it."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import Order
from eventxperts_app.features.marketplace.names import STORE_NEXT
from eventxperts_app.features.marketplace.order_card import OrderCard
from eventxperts_app.i18n import N_
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_layout import heading
from eventxperts_app.ui.labels import Labels


class StoreOrders:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._labels = labels
        self.orders: tuple[Order, ...] = ()
        self.list = ft.Column(spacing=8)
        self.empty = labels.text(N_("No orders received yet"))
        self.control = ft.Column([heading(labels, N_("Orders received")), self.empty, self.list], spacing=12)

    async def show(self, store_id: str) -> None:
        self.orders = await self._ctx.auth.call(lambda t: gateway.store_orders(self._ctx.client, store_id, t))
        self._show()

    def _show(self) -> None:
        self.empty.visible = not self.orders
        self.list.controls = [
            OrderCard(self._ctx, self._labels, order, STORE_NEXT, self._moved, asks_reason=True).control
            for order in self.orders
        ]

    async def _moved(self, order: Order) -> None:
        self.orders = tuple(order if o.id == order.id else o for o in self.orders)
        self._show()
