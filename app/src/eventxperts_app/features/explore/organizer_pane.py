"""An organizer's page: name, about, services with price ranges, districts, photos from their public
gallery albums, rating and reviews (each with the organizer's reply), and the way to enquire. Reviews
and texts are shown as typed: text, never markup. The photos come from the gallery through the gateway
(decision 0047), fetched beside the listing; a gallery that does not answer leaves the page without
them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.models import Listing, Review
from eventxperts_app.features.explore.names import (
    district_name,
    in_language,
    offer_line,
    organizer_name,
    rating_text,
)
from eventxperts_app.features.gallery import gateway as gallery
from eventxperts_app.features.gallery.models import Album, Photo
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels

Enquire = Callable[[Listing], Awaitable[None]]
THUMBNAIL = 96  # logical pixels: three or four a row on a phone


def stars(rating: int) -> str:
    """★★★★☆ for 4 of 5."""
    return "★" * rating + "☆" * (5 - rating)


def review_lines(tr: Translator, review: Review) -> list[ft.Control]:
    lines: list[ft.Control] = [
        ft.Text(
            tr(N_("{stars} {rating} of 5")).format(stars=stars(review.rating), rating=review.rating),
            weight=ft.FontWeight.BOLD,
        )
    ]
    if review.body:
        lines.append(ft.Text(review.body))
    if review.reply:
        lines.append(
            ft.Text(tr(N_("The organizer replied: {reply}")).format(reply=review.reply), italic=True)
        )
    return lines


class OrganizerPane:
    def __init__(self, ctx: AppContext, labels: Labels, back: ClickHandler, enquire: Enquire) -> None:
        self._ctx, self._labels, self._enquire = ctx, labels, enquire
        self.listing: Listing | None = None
        self.errors = FormErrors(labels, {})
        self.name = ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE, weight=ft.FontWeight.BOLD)
        self.details = ft.Column(spacing=6)
        self.reviews = ft.Column(spacing=8)
        self.albums: tuple[Album, ...] = ()
        self.photo_errors = FormErrors(labels, {})
        self.photos = ft.Column(spacing=8)
        self.photos_heading = heading(labels, N_("Photos"))
        self.enquire = button(labels, N_("Send an enquiry"), self._start_enquiry, filled=True)
        self.control = ft.Column(
            [
                actions_row(button(labels, N_("Back to results"), back)),
                self.errors.banner,
                self.name,
                self.details,
                actions_row(self.enquire),
                self.photos_heading,
                self.photo_errors.banner,
                self.photos,
                heading(labels, N_("Reviews")),
                self.reviews,
            ],
            spacing=12,
        )
        labels.on_relabel(self._render)

    async def open(self, organizer_id: str) -> None:
        self.listing, self.albums = None, ()
        self.errors.clear()
        self.photo_errors.clear()
        self._render()

        async def fetch() -> None:
            self.listing = await gateway.organizer_listing(self._ctx.client, organizer_id)
            self._render()

        async def fetch_albums() -> None:
            self.albums = await gallery.public_albums(self._ctx.client, organizer_id)
            self._render()

        await asyncio.gather(
            run_action(self._ctx, self.errors, fetch), run_action(self._ctx, self.photo_errors, fetch_albums)
        )

    async def _start_enquiry(self) -> None:
        if self.listing is not None:
            await self._enquire(self.listing)

    def _render(self) -> None:
        listing, tr = self.listing, self._labels.tr
        self.enquire.visible = listing is not None
        if listing is None:
            self.name.value, self.details.controls, self.reviews.controls = "", [], []
            self.photos.controls, self.photos_heading.visible = [], False
            return
        self.name.value = organizer_name(tr, listing)
        lines: list[ft.Control] = [ft.Text(rating_text(tr, listing))]
        if listing.about:
            lines.append(ft.Text(listing.about))
        lines.append(ft.Text(tr(N_("Services and prices")), weight=ft.FontWeight.BOLD))
        lines += [ft.Text(offer_line(tr, offer)) for offer in listing.services]
        served = ", ".join(district_name(tr, d) for d in listing.districts)
        lines.append(ft.Text(tr(N_("Serves: {districts}")).format(districts=served)))
        if listing.contact_phone:
            lines.append(ft.Text(tr(N_("Phone: {phone}")).format(phone=listing.contact_phone)))
        self.details.controls = lines
        self._render_albums()
        self.reviews.controls = [card(review_lines(tr, r)) for r in listing.reviews] or [
            ft.Text(tr(N_("No reviews yet")))
        ]

    def _render_albums(self) -> None:
        tr = self._labels.tr
        shown = [album for album in self.albums if album.photos]
        self.photos_heading.visible = bool(shown)
        self.photos.controls = [
            ft.Column(
                [
                    ft.Text(in_language(tr, album.title_en, album.title_te), weight=ft.FontWeight.BOLD),
                    ft.Row([thumbnail(photo) for photo in album.photos], wrap=True, spacing=6, run_spacing=6),
                ],
                spacing=4,
            )
            for album in shown
        ]


def thumbnail(photo: Photo) -> ft.Control:
    """A square thumbnail that opens the photo's web size (its URL is signed and short-lived)."""
    image = ft.Image(src=photo.thumbnail_url, width=THUMBNAIL, height=THUMBNAIL, fit=ft.BoxFit.COVER)
    return ft.Container(content=image, url=photo.web_url, border_radius=6)
