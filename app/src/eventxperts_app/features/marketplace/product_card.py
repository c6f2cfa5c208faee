"""A product in a list: its title in the language on screen, the lowest price, stock and rating. A
tap opens it (the whole card is one button in the semantics tree, named by its texts)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace.models import Product
from eventxperts_app.features.marketplace.names import product_title
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import Columns, card
from eventxperts_app.ui.local_time import paise_text

CARD_COLUMNS: Columns = {"xs": 12, "md": 6, "xl": 4}


def stock_text(tr: Translator, in_stock: bool) -> str:
    return tr(N_("In stock") if in_stock else N_("Out of stock"))


def product_card(tr: Translator, product: Product, on_click: ClickHandler) -> ft.Control:
    lines: list[ft.Control] = [
        ft.Text(product_title(tr, product), weight=ft.FontWeight.BOLD),
        ft.Text(tr(N_("From {price}")).format(price=paise_text(product.min_price_paise))),
        ft.Text(stock_text(tr, product.in_stock)),
    ]
    if product.rating is not None:
        rating = tr(N_("{rating} stars ({count} reviews)"))
        lines.append(ft.Text(rating.format(rating=f"{product.rating:.1f}", count=product.rating_count)))
    control = card(lines, on_click=on_click)
    control.col = CARD_COLUMNS
    return control
