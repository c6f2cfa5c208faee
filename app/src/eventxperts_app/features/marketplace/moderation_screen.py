"""The super admins' moderation (/shop/moderation): stores waiting for approval (approve, or suspend
with a reason) and approved ones (suspend), suspended ones (approve again); used listings waiting
for approval (approve, or reject with a reason); reviews waiting for approval (approve or reject)."""

from __future__ import annotations

from collections.abc import Sequence

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import Review, Store, StoreStatus
from eventxperts_app.features.marketplace.moderation_row import Decide, Decision, ModerationRow
from eventxperts_app.features.marketplace.names import STORE_STATUSES, in_telugu
from eventxperts_app.features.marketplace.reviews import review_text
from eventxperts_app.features.marketplace.used import gateway as used
from eventxperts_app.features.marketplace.used.listing_card import listing_texts, thumbnail
from eventxperts_app.features.marketplace.used.models import UsedListing
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import heading
from eventxperts_app.ui.labels import Labels

STORE_DECISIONS: dict[StoreStatus, tuple[StoreStatus, ...]] = {
    StoreStatus.PENDING: (StoreStatus.APPROVED, StoreStatus.SUSPENDED),
    StoreStatus.APPROVED: (StoreStatus.SUSPENDED,),
    StoreStatus.SUSPENDED: (StoreStatus.APPROVED,),
}
STORE_BUTTONS: dict[StoreStatus, tuple[Msgid, Msgid]] = {
    StoreStatus.APPROVED: (N_("Approve store"), N_("Store approved")),
    StoreStatus.SUSPENDED: (N_("Suspend store"), N_("Store suspended")),
}


class ModerationScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.stores: tuple[Store, ...] = ()
        self.listings: tuple[UsedListing, ...] = ()
        self.reviews: tuple[Review, ...] = ()
        self.errors = FormErrors(labels, {})
        self.store_list, self.listing_list, self.review_list = (ft.Column(spacing=8) for _ in range(3))
        self.nothing = {
            "stores": labels.text(N_("No stores to decide on")),
            "listings": labels.text(N_("No used items waiting")),
            "reviews": labels.text(N_("No reviews waiting")),
        }
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Moderation")),
                    self.errors.banner,
                    heading(labels, N_("Used items waiting for approval")),
                    self.nothing["listings"],
                    self.listing_list,
                    heading(labels, N_("Stores")),
                    self.nothing["stores"],
                    self.store_list,
                    heading(labels, N_("Reviews waiting for approval")),
                    self.nothing["reviews"],
                    self.review_list,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            client = self._ctx.client
            stores: list[Store] = []
            for status in STORE_DECISIONS:
                stores += await self._stores(status)
            self.stores = tuple(s for s in stores if not s.is_platform)
            self.listings = await self._ctx.auth.call(lambda t: used.to_moderate(client, t))
            self.reviews = await self._ctx.auth.call(lambda t: gateway.reviews_to_moderate(client, t))
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    async def _stores(self, status: StoreStatus) -> tuple[Store, ...]:
        return await self._ctx.auth.call(lambda t: gateway.stores_to_moderate(self._ctx.client, status, t))

    def _render(self) -> None:
        self.nothing["stores"].visible = not self.stores
        self.nothing["listings"].visible = not self.listings
        self.nothing["reviews"].visible = not self.reviews
        self.store_list.controls = [self._store_row(s).control for s in self.stores]
        self.listing_list.controls = [self._listing_row(item).control for item in self.listings]
        self.review_list.controls = [self._review_row(r).control for r in self.reviews]

    def _store_row(self, store: Store) -> ModerationRow:
        tr = self.labels.tr
        name = (store.name_te if in_telugu(tr) else None) or store.name_en
        texts = [name, f"{store.pickup_city} {store.pickup_pin_code}", tr(STORE_STATUSES[store.status])]
        if store.status_reason:
            texts.append(tr(N_("Reason: {reason}")).format(reason=store.status_reason))
        decisions = [
            Decision(STORE_BUTTONS[target][0], self._store_decider(store, target), STORE_BUTTONS[target][1])
            for target in STORE_DECISIONS[store.status]
        ]
        return ModerationRow(
            self._ctx,
            self.labels,
            texts,
            decisions,
            asks_reason=StoreStatus.SUSPENDED in STORE_DECISIONS[store.status],
        )

    def _store_decider(self, store: Store, target: StoreStatus) -> Decide:
        async def decide(reason: str | None) -> Sequence[ApiError]:
            sent = reason if target is StoreStatus.SUSPENDED else None
            result = await self._ctx.auth.call(
                lambda t: gateway.set_store_status(self._ctx.client, store.id, target, sent, t)
            )
            return result.errors

        return decide

    def _listing_row(self, listing: UsedListing) -> ModerationRow:
        texts = [*listing_texts(self.labels.tr, listing), listing.description or ""]
        photos = ft.Row([thumbnail(p, 64) for p in listing.photos], wrap=True, spacing=4)
        decisions = [
            Decision(
                N_("Approve listing"),
                self._listing_decider(listing, True),
                N_("Listing approved"),
                filled=True,
            ),
            Decision(N_("Reject listing"), self._listing_decider(listing, False), N_("Listing rejected")),
        ]
        return ModerationRow(
            self._ctx, self.labels, [t for t in texts if t], decisions, asks_reason=True, extra=[photos]
        )

    def _listing_decider(self, listing: UsedListing, approve: bool) -> Decide:
        async def decide(reason: str | None) -> Sequence[ApiError]:
            sent = None if approve else reason
            result = await self._ctx.auth.call(
                lambda t: used.moderate(self._ctx.client, listing.id, approve, sent, t)
            )
            return result.errors

        return decide

    def _review_row(self, review: Review) -> ModerationRow:
        tr = self.labels.tr
        title = (review.product_title_te if in_telugu(tr) else None) or review.product_title_en
        decisions = [
            Decision(
                N_("Approve review"), self._review_decider(review, True), N_("Review approved"), filled=True
            ),
            Decision(N_("Reject review"), self._review_decider(review, False), N_("Review rejected")),
        ]
        return ModerationRow(
            self._ctx, self.labels, [title, review_text(review)], decisions, asks_reason=False
        )

    def _review_decider(self, review: Review, approve: bool) -> Decide:
        async def decide(_: str | None) -> Sequence[ApiError]:
            result = await self._ctx.auth.call(
                lambda t: gateway.moderate_review(self._ctx.client, review.id, approve, t)
            )
            return result.errors

        return decide
