"""One order as its buyer or its store sees it: when, its state, how it is paid, its lines and money,
and the moves the state allows that side (the store's cancel asks for a reason); the buyer reviews
the lines of a delivered order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

import flet as ft

from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import Order, OrderAction, OrderStatus
from eventxperts_app.features.marketplace.names import ACTIONS, ORDER_STATUSES, PAYMENT_MODES
from eventxperts_app.features.marketplace.reviews import REVIEWABLE, LineReview
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import actions_row, box, button, card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text, paise_text

Moved = Callable[[Order], Awaitable[None]]


def order_lines(tr: Translator, order: Order) -> list[str]:
    """The order's texts, top to bottom."""
    status = tr(N_("Status: {status}")).format(status=tr(ORDER_STATUSES[order.status]))
    paid = tr(N_("Paid")) if order.paid else tr(PAYMENT_MODES[order.payment_mode])
    texts = [
        tr(N_("Order of {moment}")).format(moment=moment_text(order.created_at)),
        status,
        *(
            f"{line.title} · {line.sku} · {line.quantity} × {paise_text(line.unit_price_paise)}"
            for line in order.lines
        ),
        tr(N_("Items {items} + delivery {delivery} + GST {tax}")).format(
            items=paise_text(order.items_paise),
            delivery=paise_text(order.delivery_paise),
            tax=paise_text(order.tax_paise),
        ),
        tr(N_("Total {total} · {paid}")).format(total=paise_text(order.total_paise), paid=paid),
    ]
    if order.delivery_name:
        texts.append(
            tr(N_("Deliver to {name}, PIN {pin}")).format(
                name=order.delivery_name, pin=order.delivery_pin_code or ""
            )
        )
    if order.reason:
        texts.append(tr(N_("Reason: {reason}")).format(reason=order.reason))
    return texts


class OrderCard:
    """`next_moves` is the buyer's or the store's table of what each state allows."""

    def __init__(
        self,
        ctx: AppContext,
        labels: Labels,
        order: Order,
        next_moves: Mapping[OrderStatus, tuple[OrderAction, ...]],
        moved: Moved,
        *,
        asks_reason: bool,
        reviews: bool = False,
    ) -> None:
        self._ctx = ctx
        self._labels = labels
        self.order = order
        self._moved = moved
        self.texts = ft.Column(spacing=4)
        self.reason = box(labels, N_("Reason for cancelling"))
        self.errors = FormErrors(labels, {"reason": text_field_slot(self.reason)})
        moves = next_moves.get(order.status, ())
        self.reason.visible = asks_reason and OrderAction.CANCEL in moves
        self.buttons = [
            button(labels, ACTIONS[action], self._mover(action), filled=action is not OrderAction.CANCEL)
            for action in moves
        ]
        # The buyer reviews each line of an order delivered to them.
        self.reviews = (
            [LineReview(ctx, labels, line) for line in order.lines]
            if reviews and order.status in REVIEWABLE
            else []
        )
        self.control = card(
            [
                self.texts,
                ft.ResponsiveRow([self.reason]),
                self.errors.banner,
                actions_row(*self.buttons),
                *(r.control for r in self.reviews),
            ]
        )
        labels.on_relabel(self._render)

    def _render(self) -> None:
        self.texts.controls = [ft.Text(text) for text in order_lines(self._labels.tr, self.order)]

    def _mover(self, action: OrderAction) -> ClickHandler:
        async def move() -> None:
            reason = (self.reason.value or "").strip() or None if self.reason.visible else None
            result = await self._ctx.auth.call(
                lambda t: gateway.move_order(self._ctx.client, self.order.id, action, reason, t)
            )
            self.errors.show(result.errors)
            if result.order is not None and not result.errors:
                self._ctx.confirm(self._labels.tr(ORDER_STATUSES[result.order.status]))
                await self._moved(result.order)

        async def run() -> None:
            await run_action(self._ctx, self.errors, move)

        return run
