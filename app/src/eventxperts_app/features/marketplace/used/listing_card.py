"""A used listing in a list: its first photo, title, price, condition and district; its state when it
is the seller's own. A tap opens it (the card is one button in the semantics tree, named by its texts)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.marketplace.used.models import Photo, UsedListing
from eventxperts_app.features.marketplace.used.names import listing_state, listing_summary
from eventxperts_app.i18n import Translator
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import Columns, card

CARD_COLUMNS: Columns = {"xs": 12, "md": 6, "xl": 4}
THUMBNAIL = 96  # px: a phone's card keeps room for the texts beside it


def thumbnail(photo: Photo, size: int = THUMBNAIL) -> ft.Image:
    return ft.Image(src=photo.thumbnail_url, width=size, height=size, fit=ft.BoxFit.COVER)


def listing_texts(tr: Translator, listing: UsedListing) -> list[str]:
    texts = [listing.title, listing_summary(tr, listing)]
    if listing.mine:
        texts.append(listing_state(tr, listing))
    return texts


def listing_card(tr: Translator, listing: UsedListing, on_click: ClickHandler | None) -> ft.Control:
    texts: list[ft.Control] = [
        ft.Text(t, weight=ft.FontWeight.BOLD if i == 0 else None)
        for i, t in enumerate(listing_texts(tr, listing))
    ]
    column = ft.Column(texts, spacing=4, expand=True)
    content: ft.Control = (
        ft.Row(
            [thumbnail(listing.photos[0]), column], spacing=12, vertical_alignment=ft.CrossAxisAlignment.START
        )
        if listing.photos
        else column
    )
    control = card([content], on_click=on_click)
    control.col = CARD_COLUMNS
    return control
