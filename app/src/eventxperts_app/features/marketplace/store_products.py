"""The products of the store on screen: each as a card (tap to change it), and the form to list a
new one or change the one chosen, prices and stock included."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import Category, Product
from eventxperts_app.features.marketplace.product_card import product_card
from eventxperts_app.features.marketplace.product_form import ProductFields
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels


class StoreProducts:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._labels = labels
        self.store_id: str | None = None
        self.categories: tuple[Category, ...] = ()
        self.products: tuple[Product, ...] = ()
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.fields = ProductFields(labels)
        self.errors = FormErrors(labels, self.fields.slots())
        self.form_title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_SMALL, weight=ft.FontWeight.BOLD)
        self.save = button(labels, N_("Save product"), self._save, filled=True)
        self.control = ft.Column(
            [
                heading(labels, N_("Products")),
                self.list,
                card(
                    [
                        self.form_title,
                        self.fields.control,
                        actions_row(
                            button(labels, N_("Add a variant"), self._add_variant),
                            button(labels, N_("New product"), self._new),
                        ),
                        self.errors.banner,
                        actions_row(self.save),
                    ]
                ),
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    async def show(self, store_id: str, categories: tuple[Category, ...]) -> None:
        self.store_id, self.categories = store_id, categories
        self.products = await self._ctx.auth.call(
            lambda t: gateway.store_products(self._ctx.client, store_id, t)
        )
        self._render()

    def _render(self) -> None:
        tr = self._labels.tr
        self.fields.name_categories(tr, self.categories)
        self.form_title.value = tr(N_("Change product") if self.fields.product_id else N_("New product"))
        self.list.controls = [product_card(tr, p, self._chooser(p)) for p in self.products] or [
            ft.Text(tr(N_("No products yet")))
        ]

    def _chooser(self, product: Product) -> ClickHandler:
        async def choose() -> None:
            self.fields.fill(product)
            self.errors.clear()
            self._render()
            self._ctx.refresh()

        return choose

    async def _new(self) -> None:
        self.fields.fill(None)
        self.errors.clear()
        self._render()
        self._ctx.refresh()

    async def _add_variant(self) -> None:
        self.fields.variants.add()
        self._ctx.refresh()

    async def _save(self) -> None:
        store_id = self.store_id
        problems = self.fields.problems()
        self.errors.show(problems)
        if problems or store_id is None:
            self._ctx.refresh()
            return
        product_input = self.fields.variables(store_id)

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save_product(self._ctx.client, product_input, t)
            )
            self.errors.show(result.errors)
            if result.product is not None and not result.errors:
                saved = result.product
                self.products = (saved, *(p for p in self.products if p.id != saved.id))
                self.fields.fill(saved)
                self._ctx.confirm(self._labels.tr(N_("Product saved")))
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.save)
