"""Product reviews in the app: a product's approved reviews (stars, words, when), and the form a buyer
fills once per line of an order delivered to them (1-5 stars and a few words; shown once a super admin
approves it). The service refuses a second review of a line (ALREADY_REVIEWED)."""

from __future__ import annotations

from types import MappingProxyType

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import OrderLine, OrderStatus, Product, Review
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import HALF, actions_row, box, button, dropdown, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text

# The order states whose lines were delivered (the service's REVIEWABLE).
REVIEWABLE = frozenset(
    {OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.REFUNDED}
)
STARS = MappingProxyType({n: "★" * n + "☆" * (5 - n) for n in range(1, 6)})


def review_text(review: Review) -> str:
    """★★★★☆ · 2026-12-01 10:00 · Good cloth, no tears"""
    parts = [STARS.get(review.rating, str(review.rating)), moment_text(review.created_at)]
    return " · ".join([*parts, review.text] if review.text else parts)


def rating_summary(tr: Translator, product: Product) -> str:
    """4.5 stars (2 reviews), as the product's cards say it; or that there are none yet."""
    if product.rating is None or not product.rating_count:
        return tr(N_("No reviews yet"))
    return tr(N_("{rating} stars ({count} reviews)")).format(
        rating=f"{product.rating:.1f}", count=product.rating_count
    )


class LineReview:
    """The review form of one delivered order line; it folds away once the review is sent."""

    def __init__(self, ctx: AppContext, labels: Labels, line: OrderLine) -> None:
        self._ctx, self._labels, self.line = ctx, labels, line
        self.rating = dropdown(labels, N_("Your rating"), col=HALF)
        self.rating.options = [ft.DropdownOption(key=str(n), text=stars) for n, stars in STARS.items()]
        self.text = box(labels, N_("Your review (optional)"), col=HALF)
        self.errors = FormErrors(
            labels, {"rating": dropdown_slot(self.rating), "text": text_field_slot(self.text)}
        )
        self.send = button(labels, N_("Post review"), self._post)
        self.heading = ft.Text()
        self.form = ft.Column(
            [
                self.heading,
                fields_row(self.rating, self.text),
                actions_row(self.send),
            ],
            spacing=4,
        )
        self.control = ft.Column([self.form, self.errors.banner], spacing=4)
        labels.on_relabel(self._render)

    def _render(self) -> None:
        self.heading.value = self._labels.tr(N_("Review {title}")).format(title=self.line.title)

    async def _post(self) -> None:
        if not self.rating.value:
            self.errors.show([ApiError("INVALID_RATING", "rating", "rating")])
            self._ctx.refresh()
            return
        rating, text = int(self.rating.value), (self.text.value or "").strip() or None

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.review_line(self._ctx.client, self.line.id, rating, text, t)
            )
            self.errors.show(result.errors)
            if result.done and not result.errors:
                self.form.visible = False
                self._ctx.confirm(self._labels.tr(N_("Thank you. Your review is shown once it is approved.")))

        await run_action(self._ctx, self.errors, send, busy=self.send)
