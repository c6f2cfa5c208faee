"""The shop's front: search in English or Telugu (a misspelling or the other script finds it too),
a category, in-stock only and a sort; the products found as cards, more on request. The platform's
own store and store owners' stores are searched alike."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.models import Category, Product, SearchSort
from eventxperts_app.features.marketplace.names import SORTS, category_name
from eventxperts_app.features.marketplace.paths import SHOP_CART, SHOP_ORDERS, USED, product_location
from eventxperts_app.features.marketplace.product_card import product_card
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_fields import ClickHandler, screen_title, submit_on_enter
from eventxperts_app.ui.form_layout import (
    THIRD,
    actions_row,
    box,
    button,
    card,
    choice,
    dropdown,
    fields_row,
)
from eventxperts_app.ui.labels import Labels

ALL = ""  # the category choice's key for every category


class CatalogueScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.categories: tuple[Category, ...] = ()
        self.products: tuple[Product, ...] = ()
        self.total = 0
        self.next_cursor: str | None = None
        self.text = box(labels, N_("Search products"), col=THIRD)
        self.category = dropdown(labels, N_("Category"), col=THIRD, value=ALL)
        self.sort = choice(labels, N_("Sort by"), SORTS, col=THIRD, value=SearchSort.RELEVANCE.value)
        self.in_stock = labels.bind(ft.Checkbox(value=False), "label", N_("In stock only"))
        self.errors = FormErrors(
            labels,
            {"text": text_field_slot(self.text), "categoryId": dropdown_slot(self.category)},
        )
        self.found = ft.Text()
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.more = button(labels, N_("Show more"), self._more)
        self.search_button = button(labels, N_("Search"), self._search, filled=True)
        submit_on_enter(self._search, self.text)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Shop")),
                    actions_row(
                        button(labels, N_("Your cart"), going(self._ctx, SHOP_CART)),
                        button(labels, N_("Your orders"), going(self._ctx, SHOP_ORDERS)),
                        button(labels, N_("Used items"), going(self._ctx, USED)),
                    ),
                    card(
                        [
                            fields_row(self.text, self.category, self.sort),
                            actions_row(self.in_stock, self.search_button),
                            self.errors.banner,
                        ]
                    ),
                    self.found,
                    self.list,
                    self.more,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.categories = await self._ctx.auth.call(lambda t: gateway.categories(self._ctx.client, t))
            await self._fetch(after=None)

        await run_action(self._ctx, self.errors, fetch)

    def search_input(self) -> JsonObject:
        return {
            "text": (self.text.value or "").strip(),
            "categoryId": self.category.value or None,
            "inStock": bool(self.in_stock.value),
            "sort": self.sort.value or SearchSort.RELEVANCE.value,
        }

    async def _fetch(self, after: str | None) -> None:
        search_input = self.search_input()
        page = await self._ctx.auth.call(lambda t: gateway.search(self._ctx.client, search_input, after, t))
        self.products = (self.products if after else ()) + page.products
        self.total, self.next_cursor = page.total, page.next_cursor
        self.errors.clear()
        self._render()

    async def _search(self) -> None:
        await run_action(self._ctx, self.errors, lambda: self._fetch(after=None), busy=self.search_button)

    async def _more(self) -> None:
        await run_action(self._ctx, self.errors, lambda: self._fetch(after=self.next_cursor), busy=self.more)

    def _render(self) -> None:
        tr = self.labels.tr
        self.category.options = [ft.DropdownOption(key=ALL, text=tr(N_("All categories")))] + [
            ft.DropdownOption(key=c.id, text=category_name(tr, c)) for c in self.categories
        ]
        self.found.value = tr(N_("{count} products found")).format(count=self.total)
        self.list.controls = [product_card(tr, p, self._opener(p)) for p in self.products]
        self.more.visible = self.next_cursor is not None

    def _opener(self, product: Product) -> ClickHandler:
        return going(self._ctx, product_location(product.id))
