"""One product (/shop/product?product=<id>): its titles and description, who sells it, each variant
with its price, MRP and stock to choose from, a quantity to put in the cart, and its approved reviews."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.links import going
from eventxperts_app.features.marketplace.models import Product, Review, Store, Variant
from eventxperts_app.features.marketplace.names import in_telugu, product_title
from eventxperts_app.features.marketplace.paths import PRODUCT_ARGUMENT, SHOP, SHOP_CART
from eventxperts_app.features.marketplace.reviews import rating_summary, review_text
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import QUARTER, actions_row, box, button, card, heading
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import paise_text
from eventxperts_app.ui.required_fields import REQUIRED


def variant_text(tr: Translator, variant: Variant) -> str:
    """Red · ₹1,500 (MRP ₹1,800) · 4 in stock"""
    price = paise_text(variant.price_paise)
    if variant.mrp_paise > variant.price_paise:
        price = tr(N_("{price} (MRP {mrp})")).format(price=price, mrp=paise_text(variant.mrp_paise))
    stock = (
        tr(N_("{count} in stock")).format(count=variant.stock) if variant.stock else tr(N_("Out of stock"))
    )
    return " · ".join((variant.label, price, stock))


def seller_text(tr: Translator, store: Store) -> str:
    if store.is_platform:
        return tr(N_("Sold by the EventXperts store"))
    name = (store.name_te if in_telugu(tr) else None) or store.name_en
    return tr(N_("Sold by {store}")).format(store=name)


class ProductScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.product: Product | None = None
        self.store: Store | None = None
        self.reviews: tuple[Review, ...] = ()
        self.review_count = ft.Text()
        self.review_list = ft.Column(spacing=4)
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE, weight=ft.FontWeight.BOLD)
        self.seller = ft.Text()
        self.description = ft.Text()
        self.variants = ft.RadioGroup(content=ft.Column(spacing=4))
        self.quantity = box(labels, N_("Quantity"), col=QUARTER, keyboard=ft.KeyboardType.NUMBER)
        self.quantity.value = "1"
        self.errors = FormErrors(labels, {"quantity": text_field_slot(self.quantity)})
        self.add = button(labels, N_("Add to cart"), self._add, filled=True)
        self.to_cart = button(labels, N_("Go to your cart"), going(self._ctx, SHOP_CART))
        self.to_cart.visible = False
        self.details = ft.Column(
            [
                self.title,
                self.seller,
                self.description,
                labels.text(N_("Choose one")),
                self.variants,
                ft.ResponsiveRow([self.quantity]),
                self.errors.banner,
                actions_row(self.add, self.to_cart),
                heading(labels, N_("Reviews")),
                self.review_count,
                self.review_list,
            ],
            spacing=8,
            visible=False,
        )
        self.controls: list[ft.Control] = [
            ft.Column(
                [button(labels, N_("Back to shop"), going(self._ctx, SHOP)), card([self.details])], spacing=12
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        product_id = self._ctx.arguments.get(PRODUCT_ARGUMENT)
        if not product_id:
            await self._ctx.go(SHOP)
            return

        async def fetch() -> None:
            self.product = await self._ctx.auth.call(
                lambda t: gateway.product(self._ctx.client, product_id, t)
            )
            store_id = self.product.store_id
            self.store = await self._ctx.auth.call(lambda t: gateway.store(self._ctx.client, store_id, t))
            self.reviews = await self._ctx.auth.call(
                lambda t: gateway.product_reviews(self._ctx.client, product_id, t)
            )
            in_stock = [v for v in self.product.variants if v.stock > 0]
            self.variants.value = (in_stock or list(self.product.variants))[0].id
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        product, tr = self.product, self.labels.tr
        if product is None:
            return
        self.details.visible = True
        self.title.value = product_title(tr, product)
        self.seller.value = seller_text(tr, self.store) if self.store else ""
        described = (product.description_te if in_telugu(tr) else None) or product.description_en
        self.description.value = described or ""
        self.description.visible = bool(described)
        self.review_count.value = rating_summary(tr, product)
        self.review_list.controls = [ft.Text(review_text(r)) for r in self.reviews]
        self.variants.content = ft.Column(
            [ft.Radio(value=v.id, label=variant_text(tr, v)) for v in product.variants], spacing=4
        )

    async def _add(self) -> None:
        variant_id = self.variants.value
        text = (self.quantity.value or "").strip()
        if not text.isdigit() or int(text) < 1 or not variant_id:
            self.errors.show([ApiError(REQUIRED if not text else "INVALID_QUANTITY", "quantity", "quantity")])
            self._ctx.refresh()
            return
        quantity = int(text)

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.set_cart_quantity(self._ctx.client, variant_id, quantity, t)
            )
            self.errors.show(result.errors)
            if result.done and not result.errors:
                self.to_cart.visible = True
                self._ctx.confirm(self.labels.tr(N_("Added to your cart")))

        await run_action(self._ctx, self.errors, send, busy=self.add)
